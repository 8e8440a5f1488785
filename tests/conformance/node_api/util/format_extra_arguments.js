// Arguments beyond the specifiers are appended as console.log would show them; missing ones
// leave the specifier in place.
const util = require('util');

console.log(util.format('a', 'b', 1, { c: 2 }));
console.log(util.format('%s and %s', 'one'));
console.log(util.format('%s', 'x', [1, 2], 'y'));
console.log(util.format(1, 2, 3));
console.log(util.format({ a: 'text' }, 'plain'));
console.log(JSON.stringify(util.format()));
