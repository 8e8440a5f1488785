// a replacer function can transform or drop values
const o = { a: 1, b: "keep", c: 3 };
const s = JSON.stringify(o, (key, value) => (typeof value === "number" ? value * 100 : value));
console.log(s);
console.log(JSON.stringify(o, (k, v) => (k === "b" ? undefined : v)));
