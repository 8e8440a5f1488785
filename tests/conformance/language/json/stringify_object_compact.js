// JSON.stringify without indent produces compact output with quoted keys
console.log(JSON.stringify({ a: 1, b: "two", c: [1, 2], d: { e: null } }));
console.log(JSON.stringify([]));
console.log(JSON.stringify({}));
