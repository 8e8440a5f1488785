// properties can be added and removed dynamically
const o = { a: 1 };
o.b = 2;
o["c"] = 3;
console.log(o);
console.log(delete o.a);
console.log(o, "a" in o, o.a);
console.log(delete o.nothing);
