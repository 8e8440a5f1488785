// throws/doesNotThrow check a function; rejects checks a promise.
const assert = require('assert');

assert.throws(() => {
  throw new TypeError('bad input');
}, TypeError);
assert.throws(() => JSON.parse('{'), SyntaxError);
assert.throws(() => {
  throw new Error('wrong value');
}, { message: 'wrong value' });
console.log('throws passed');

try {
  assert.throws(() => {});
} catch (error) {
  console.log(error.message);
}
try {
  assert.doesNotThrow(() => {
    throw new Error('oops');
  });
} catch (error) {
  console.log(error.message);
}

async function main() {
  await assert.rejects(Promise.reject(new Error('no')), Error);
  await assert.rejects(async () => {
    throw new RangeError('too big');
  }, RangeError);
  console.log('rejects passed');
  try {
    await assert.rejects(Promise.resolve(1));
  } catch (error) {
    console.log(error.message);
  }
}
main();
