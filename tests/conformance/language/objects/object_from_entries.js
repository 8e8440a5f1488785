// Object.fromEntries builds an object from key/value pairs
const pairs = [["a", 1], ["b", 2]];
console.log(Object.fromEntries(pairs));
const doubled = Object.fromEntries(Object.entries({ x: 1, y: 2 }).map(([k, v]) => [k, v * 2]));
console.log(doubled);
