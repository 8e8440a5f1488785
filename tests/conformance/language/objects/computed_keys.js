// computed keys in object literals use the value of an expression
const prefix = "item";
const o = { [prefix + 1]: "a", [prefix + 2]: "b", [1 + 1]: "two" };
console.log(o);
console.log(Object.keys(o));
