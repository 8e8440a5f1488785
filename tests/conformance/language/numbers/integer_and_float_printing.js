// whole-valued floats print without a decimal point
console.log(1.0);
console.log(2.50);
console.log(10 / 2);
console.log(7 / 2);
console.log(1 / 3);
console.log(2 / 3);
console.log(100);
