// reading a property that does not exist yields undefined, not an error
const o = { a: 1 };
console.log(o.b);
console.log(o["c"]);
console.log([1, 2][5]);
console.log("abc"[10]);
