// A callback that is not a function: TypeError with code ERR_INVALID_ARG_TYPE and Node's
// description of what it received. Checked before the delay is converted.
const values = ['x', 5, undefined, null, { a: 1 }, [1, 2], true, 'a very long string that goes on and on', new Map(), Object.create(null), -0, 1.5];
for (const value of values) {
  try {
    setTimeout(value, { valueOf() { console.log('delay converted'); return 1; } });
  } catch (error) {
    console.log(error.name, error.code, error.message);
  }
}
for (const [name, fn] of [['setInterval', setInterval], ['setImmediate', setImmediate], ['process.nextTick', process.nextTick]]) {
  try {
    fn(42);
  } catch (error) {
    console.log(name, error instanceof TypeError, error.code, error.message);
  }
}
