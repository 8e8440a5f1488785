// Infinity behaves as expected in arithmetic and comparison
console.log(Infinity + 1);
console.log(Infinity > 1e308);
console.log(-Infinity < -1e308);
console.log(Infinity === Infinity);
console.log(1e308 * 10);
console.log(String(Infinity), String(-Infinity));
