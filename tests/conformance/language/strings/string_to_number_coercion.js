// arithmetic operators other than + convert strings to numbers
console.log("6" * "7");
console.log("10" - 3);
console.log("10" / "4");
console.log("  12  " * 1);
console.log("" * 5);
console.log("0x10" * 1);
console.log("1e3" - 0);
