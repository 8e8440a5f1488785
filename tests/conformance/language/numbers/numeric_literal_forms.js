// hex, octal, binary, exponent and separator literals evaluate to plain numbers
console.log(0xff);
console.log(0o17);
console.log(0b1010);
console.log(1e3);
console.log(2.5e-3);
console.log(1_000_000);
console.log(.5);
