// an array replacer selects which keys are serialized
const o = { id: 1, secret: "s", name: "n", nested: { id: 2, secret: "t" } };
console.log(JSON.stringify(o, ["id", "name", "nested"]));
console.log(JSON.stringify({ b: 1, a: 2 }, ["a", "b"]));
console.log(JSON.stringify({ a: 1 }, [], 2));
