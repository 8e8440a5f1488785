// Math.max and Math.min with several, zero and NaN arguments
console.log(Math.max(1, 5, 3), Math.min(1, 5, 3));
console.log(Math.max(), Math.min());
console.log(Math.max(1, NaN), Math.min("7", 2));
console.log(Math.max(...[4, 8, 2]));
