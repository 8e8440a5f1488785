// assert.strict's equal and deepEqual are the strict comparisons.
const assert = require('assert').strict;

console.log(assert.strict === assert, typeof assert);
assert.equal(1, 1);
assert.deepEqual({ a: [1] }, { a: [1] });
try {
  assert.equal(1, '1');
} catch (error) {
  console.log(error.message);
}
try {
  assert.deepEqual([1], ['1']);
} catch (error) {
  console.log(error.message);
}
assert(true);
console.log('done');
