// integer-like keys come first in ascending order, then strings in insertion order
const o = { b: 1, 2: "two", a: 2, 1: "one", "01": "not int", 10: "ten" };
console.log(Object.keys(o));
console.log(o);
