// bitwise operators work on 32-bit integers
console.log(5 & 3, 5 | 3, 5 ^ 3, ~5);
console.log(1 << 4, -16 >> 2, -16 >>> 28);
console.log(2 ** 32 | 0);
console.log(3.7 | 0, -3.7 | 0);
