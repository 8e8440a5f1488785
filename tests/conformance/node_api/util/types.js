// util.types tells built-in objects apart by what they are, not by their prototype.
const util = require('util');
const { types } = util;

console.log(types.isPromise(Promise.resolve(1)), types.isPromise({ then() {} }));
console.log(types.isDate(new Date(0)), types.isDate(Date.now()));
console.log(types.isMap(new Map()), types.isMap(new Set()), types.isSet(new Set()));
console.log(types.isAsyncFunction(async () => {}), types.isAsyncFunction(() => {}));
console.log(types.isRegExp({}), types.isNativeError(new TypeError('x')), types.isNativeError({ message: 'x' }));
console.log(util.isArray([]), util.isArray('[]'));
