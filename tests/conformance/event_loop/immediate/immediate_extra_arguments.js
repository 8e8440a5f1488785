// Extra arguments to setImmediate are passed to the callback.
setImmediate((a, b) => console.log('args', a, b), 'hello', 7);
setImmediate(function (x) {
  console.log('one', x);
}, 'single');
setImmediate((...rest) => console.log('none', rest.length));
