// dividing by zero gives Infinity, -Infinity or NaN
console.log(1 / 0);
console.log(-1 / 0);
console.log(1 / -0);
console.log(0 / 0);
console.log(Infinity - Infinity);
console.log(Infinity * 0);
