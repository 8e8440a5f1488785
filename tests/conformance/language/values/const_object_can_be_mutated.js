// const prevents rebinding but the referenced object stays mutable
const o = { a: 1 };
o.a = 2;
o.b = 3;
console.log(o);
const arr = [];
arr.push("x");
console.log(arr);
