// isDeepStrictEqual compares structure and values, with strict equality at the leaves.
const util = require('util');

console.log(util.isDeepStrictEqual({ a: [1, 2], b: { c: 'x' } }, { a: [1, 2], b: { c: 'x' } }));
console.log(util.isDeepStrictEqual({ a: 1 }, { a: '1' }));
console.log(util.isDeepStrictEqual([1, 2, 3], [1, 2]));
console.log(util.isDeepStrictEqual(NaN, NaN), util.isDeepStrictEqual(0, -0));
console.log(util.isDeepStrictEqual(new Map([[1, { x: 1 }]]), new Map([[1, { x: 1 }]])));
console.log(util.isDeepStrictEqual(new Set([1, 2]), new Set([2, 1])), util.isDeepStrictEqual(new Set([1]), new Set([2])));
console.log(util.isDeepStrictEqual(new Date(5), new Date(5)), util.isDeepStrictEqual(new Date(5), new Date(6)));
console.log(util.isDeepStrictEqual([], {}), util.isDeepStrictEqual({}, Object.create(null)));
const a = { name: 'a' };
a.self = a;
const b = { name: 'a' };
b.self = b;
console.log(util.isDeepStrictEqual(a, b));
