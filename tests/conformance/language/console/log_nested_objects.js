// nested objects and arrays print in compact inspect form
console.log({ a: 1, b: { c: [1, 2, { d: 3 }] } });
console.log([1, [2, [3]]]);
console.log({ outer: { inner: "value", list: [] } });
