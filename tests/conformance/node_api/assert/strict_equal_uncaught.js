// A failing assert.strictEqual ends the program with Node's AssertionError report.
const assert = require('assert');

function add(a, b) {
  return a + b;
}

console.log('checking add');
assert.strictEqual(add(2, 2), 4);
assert.strictEqual(add(1, 1), 3);
console.log('not reached');
