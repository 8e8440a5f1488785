// a short object stays on one line
console.log({ a: 1, b: 2, c: 3 });
console.log({ name: "short", ok: true });
console.log([1, 2, 3, 4, 5, 6]);
