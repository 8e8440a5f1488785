// abs, sqrt, pow and cbrt produce exact and rounded results
console.log(Math.abs(-5), Math.abs(3), Math.abs(-0));
console.log(Math.sqrt(16), Math.sqrt(2), Math.sqrt(-4));
console.log(Math.pow(2, 10), Math.pow(2, 0.5), Math.pow(-8, 1 / 3));
console.log(Math.cbrt(27), Math.hypot(3, 4));
