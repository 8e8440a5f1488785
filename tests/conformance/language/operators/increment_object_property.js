// ++ and += work on object properties and array elements
const o = { n: 1 };
o.n++;
o.n += 10;
const a = [1, 2];
a[0]++;
++a[1];
console.log(o, a);
