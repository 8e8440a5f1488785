// empty arrays and objects print as [] and {}
console.log([]);
console.log({});
console.log([[], {}]);
console.log({ a: [], b: {} });
