// JSON.stringify follows property order, integer keys first
console.log(JSON.stringify({ z: 1, 2: "b", a: 2, 1: "a" }));
const o = { b: 1 };
o.a = 2;
o[0] = 3;
console.log(JSON.stringify(o));
