// object literals create properties read with dot and bracket notation
const o = { a: 1, "b c": 2, 3: "three" };
console.log(o.a, o["a"]);
console.log(o["b c"]);
console.log(o[3], o["3"]);
const k = "a";
console.log(o[k]);
