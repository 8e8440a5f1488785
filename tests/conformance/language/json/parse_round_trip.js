// stringify followed by parse produces an equal structure
const original = { list: [1, "two", { three: 3 }], flag: false };
const copy = JSON.parse(JSON.stringify(original));
console.log(copy);
console.log(copy === original, JSON.stringify(copy) === JSON.stringify(original));
