// String() and concatenation use the same shortest number format
console.log(String(123.456));
console.log(String(1e21));
console.log(String(0.1 + 0.2));
console.log("" + 1e-7);
console.log(String(-1.5));
console.log((255).toString());
