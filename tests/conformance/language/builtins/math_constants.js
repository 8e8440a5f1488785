// Math constants print with full precision
console.log(Math.PI);
console.log(Math.E);
console.log(Math.SQRT2, Math.LN2);
