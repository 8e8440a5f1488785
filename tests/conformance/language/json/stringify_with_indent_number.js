// a numeric indent argument pretty-prints nested structures
const v = { name: "x", list: [1, 2, { deep: true }], empty: [], none: {} };
console.log(JSON.stringify(v, null, 2));
console.log(JSON.stringify([1, [2]], null, 0));
