// for...in visits an object's enumerable string keys
const o = { b: 1, a: 2, 10: "x", 2: "y" };
for (const k in o) {
  console.log(k, typeof k, o[k]);
}
