// 100 000-deep nested arrays and objects built at run time, then printed, serialized, parsed
// and joined: each either works or throws node's RangeError, and never overflows the C stack.
let a = [];
for (let i = 0; i < 100000; i++) a = [a];
let o = {};
for (let i = 0; i < 100000; i++) o = { o };
const attempt = (name, f) => {
  try {
    const result = f();
    console.log(name, 'ok', typeof result);
  } catch (e) {
    console.log(name, e.name, e.message);
  }
};
console.log(a);
console.log(o);
attempt('JSON.stringify(array)', () => JSON.stringify(a));
attempt('JSON.stringify(object)', () => JSON.stringify(o));
attempt('String(array)', () => String(a));
attempt('array.join', () => a.join());
attempt('array.flat', () => a.flat(Infinity).length);
attempt('JSON.parse', () => JSON.parse('['.repeat(100000) + ']'.repeat(100000)));
