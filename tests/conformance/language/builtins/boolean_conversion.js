// Boolean() converts values using truthiness rules
console.log(Boolean(0), Boolean(1), Boolean(""), Boolean("0"));
console.log(Boolean(null), Boolean([]), Boolean({}), Boolean(NaN));
console.log(Boolean());
