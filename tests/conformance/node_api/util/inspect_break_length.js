// breakLength decides when an object is split over several lines.
const util = require('util');

const user = { name: 'Grace Hopper', born: 1906, languages: ['COBOL', 'FLOW-MATIC'], navy: true };
console.log(util.inspect(user));
console.log(util.inspect(user, { breakLength: 40 }));
console.log(util.inspect(user, { breakLength: Infinity }));
const list = [];
for (let i = 0; i < 30; i++) list.push(i * 100);
console.log(util.inspect(list, { breakLength: 120 }));
console.log(util.inspect(nestedArray(), false, 1));

function nestedArray() {
  return [[1, [2, [3]]]];
}
