// compact: false gives every property its own line; sorted orders the keys.
const util = require('util');

const order = { id: 7, items: [1, 2], customer: { name: 'Lin', city: 'Oslo' } };
console.log(util.inspect(order, { compact: false }));
console.log(util.inspect(order, { sorted: true }));
console.log(util.inspect({ b: 1, c: 2, a: 3 }, { sorted: (x, y) => (x < y ? 1 : -1) }));
console.log(util.inspect([['nested', ['deeper']]], { compact: false, depth: 0 }));
console.log(util.inspect(order, { compact: 1, breakLength: 40 }));
