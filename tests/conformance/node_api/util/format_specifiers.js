// util.format: the same formatting console.log uses, returned as a string.
const util = require('util');

console.log(util.format('%s is %d years old', 'Ada', 36));
console.log(util.format('%i and %f', 42.9, '3.5'));
console.log(util.format('%j', { a: 1, b: [2, 3] }));
console.log(util.format('100%% done'));
console.log(util.format('%s', null), util.format('%s', undefined), util.format('%d', '7'));
console.log(util.format('%o', [1, 2]));
console.log(util.format('%O', { nested: { deep: { deeper: { deepest: 1 } } } }));
console.log(util.format('%s and %s', { a: { b: 1 } }, [1, [2, [3]]]));
