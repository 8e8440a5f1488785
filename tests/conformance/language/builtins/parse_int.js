// parseInt reads a leading integer and accepts a radix
console.log(parseInt("42"), parseInt("42px"), parseInt("  7 "));
console.log(parseInt("3.99"), parseInt("-12.5"));
console.log(parseInt("abc"), parseInt(""));
console.log(parseInt("ff", 16), parseInt("0x1A"), parseInt("101", 2));
console.log(parseInt("z", 36), parseInt("9", 8));
