// Number.isInteger and Number.isFinite classify values
console.log(Number.isInteger(5), Number.isInteger(5.0), Number.isInteger(5.1));
console.log(Number.isInteger("5"), Number.isInteger(Infinity));
console.log(Number.isFinite(1), Number.isFinite(Infinity), Number.isFinite("1"));
