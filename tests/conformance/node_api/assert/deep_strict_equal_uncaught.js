// deepStrictEqual shows a diff of the two values when they differ.
const assert = require('assert');

assert.deepStrictEqual({ a: 1, list: [1, 2] }, { a: 1, list: [1, 2] });
console.log('equal objects pass');
assert.deepStrictEqual({ a: 1 }, { a: 2 });
