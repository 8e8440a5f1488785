// The messages of caught AssertionErrors, and the properties they carry.
const assert = require('assert');

function show(check) {
  try {
    check();
    console.log('passed');
  } catch (error) {
    console.log(JSON.stringify(error.message));
    console.log(error.name, error.code, error.operator, error.generatedMessage, error instanceof assert.AssertionError,
                error instanceof Error);
  }
}

show(() => assert.strictEqual(1, 2));
show(() => assert.strictEqual('hello world', 'hello there'));
show(() => assert.strictEqual(1000000, 2000000));
show(() => assert.strictEqual('a', 1));
show(() => assert.strictEqual({ a: 1 }, { a: 1 }));
show(() => assert.strictEqual(3, 4, 'three is not four'));
show(() => assert.notStrictEqual('x', 'x'));
show(() => assert.equal(1, '1'));
show(() => assert.equal(1, 2));
show(() => assert.notEqual(1, 1));
show(() => assert.deepEqual({ a: 1 }, { a: 2 }));
show(() => assert.deepEqual({ a: 1 }, { a: '1' }));
show(() => assert.notDeepStrictEqual({ a: 1 }, { a: 1 }));
show(() => assert.fail('boom'));
show(() => assert.fail());
