// in checks whether a property key exists, including inherited ones
const o = { a: 1, b: undefined };
console.log("a" in o);
console.log("b" in o);
console.log("c" in o);
console.log("toString" in o);
console.log(0 in [10], 1 in [10]);
console.log("length" in []);
