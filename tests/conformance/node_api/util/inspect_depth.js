// util.inspect gives what console.log would print; depth changes how deep it looks.
const util = require('util');

const nested = { level1: { level2: { level3: { level4: 'bottom' } } } };
console.log(util.inspect(nested));
console.log(util.inspect(nested, { depth: 0 }));
console.log(util.inspect(nested, { depth: Infinity }));
console.log(util.inspect(nested, { depth: null }));
console.log(util.inspect('a string'), util.inspect(42), util.inspect([1, 'two', null]));
console.log(util.inspect(new Map([['k', 1]])), util.inspect(new Set([1, 2])));
