// a string indent argument is used literally for each level
console.log(JSON.stringify({ a: [1], b: { c: 2 } }, null, "--"));
console.log(JSON.stringify([1, 2], null, "\t"));
console.log(JSON.stringify({}, null, "--"));
