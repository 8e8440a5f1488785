// The diffs deepStrictEqual shows for nested objects, arrays and long lists.
const assert = require('assert');

function show(actual, expected) {
  try {
    assert.deepStrictEqual(actual, expected);
    console.log('equal');
  } catch (error) {
    console.log(error.message);
    console.log('--');
  }
}

show({ name: 'x', tags: ['a', 'b'] }, { name: 'x', tags: ['a', 'c'] });
show([1, 2], [1, 2, 3]);
show([1, 2, 3], [1, 2]);
show({ a: 1, b: 2 }, { b: 2, a: 1, c: 3 });
show({ a: 1 }, { a: '1' });
show(1, 2);
show({ a: 1, b: { c: 2 } }, { a: 1, b: { c: 3 } });
show([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [1, 2, 3, 4, 5, 6, 7, 8, 9, 11]);
show({ b: 1, a: 2 }, { a: 2, b: 1 });
show([{ id: 1 }], [{ id: 1 }]);
