// arithmetic on non-numeric strings and undefined produces NaN
console.log("abc" * 2);
console.log(undefined + 1);
console.log(Math.sqrt(-1));
console.log(NaN + 1);
console.log(typeof NaN);
