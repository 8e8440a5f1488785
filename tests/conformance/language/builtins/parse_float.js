// parseFloat reads a leading decimal number
console.log(parseFloat("3.14"), parseFloat("3.14abc"), parseFloat(".5"));
console.log(parseFloat("1e3"), parseFloat("-0.25"), parseFloat("  2  "));
console.log(parseFloat("abc"), parseFloat("Infinity"));
console.log(parseFloat("1.2.3"));
