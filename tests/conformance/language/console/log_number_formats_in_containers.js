// numbers inside containers print the same as at top level
console.log([0.1 + 0.2, 1e21, 1e-7, -1.5, 2 ** 53]);
console.log({ big: 2432902008176640000, nan: NaN, inf: -Infinity });
console.log([1e300 * 1e10, 0.000001, 123456789012345680000]);
