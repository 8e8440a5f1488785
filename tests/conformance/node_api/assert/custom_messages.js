// A program's own message: Node 20 keeps the diff under it for strictEqual and deepStrictEqual.
const assert = require('assert');

function show(check) {
  try {
    check();
  } catch (error) {
    console.log(JSON.stringify(error.message), error.generatedMessage);
  }
}

show(() => assert.deepStrictEqual({ a: 1 }, { a: 2 }, 'objects differ'));
show(() => assert.strictEqual('hello world', 'hello there', 'strings differ'));
show(() => assert.strictEqual(3, 4, 'three is not four'));
show(() => assert.notStrictEqual(1, 1, 'same'));
show(() => assert.deepEqual(1, 2, 'loose'));
show(() => assert.strictEqual({ a: 1 }, { a: 1 }, 'references'));
show(() => assert.notDeepStrictEqual({ a: 1 }, { a: 1 }, 'not deep'));
show(() => assert.ok(false, new TypeError('thrown as it is')));
