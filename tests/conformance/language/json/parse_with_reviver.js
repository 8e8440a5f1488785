// a reviver function transforms values while parsing
const v = JSON.parse('{"a":1,"b":{"c":2}}', (k, val) => (typeof val === "number" ? val + 1 : val));
console.log(v);
const dropped = JSON.parse('{"keep":1,"drop":2}', (k, val) => (k === "drop" ? undefined : val));
console.log(dropped);
