// Number() converts strings, booleans, null and undefined
console.log(Number("42"), Number("  3.5  "), Number(""), Number("12px"));
console.log(Number(true), Number(false), Number(null), Number(undefined));
console.log(Number("0b101"), Number("0x1F"), Number("-0"));
console.log(Number([]), Number([7]), Number({}));
