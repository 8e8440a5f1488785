// A deprecated function warns once on stderr, after the current operation; it still works.
const util = require('util');

const oldAdd = util.deprecate((a, b) => a + b, 'oldAdd() is deprecated. Use add() instead.');
const oldSub = util.deprecate((a, b) => a - b, 'oldSub() is deprecated.', 'DEP_TH01');

console.log(oldAdd(1, 2));
console.log(oldAdd(3, 4));
console.log(oldSub(5, 1));
console.log(oldSub(9, 1));
setTimeout(() => console.log('later'), 0);
