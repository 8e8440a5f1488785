// A plain function passed to nextTick, then or queueMicrotask runs with no receiver: in a script (sloppy mode) its this is the global object.
process.nextTick(function () {
  console.log('nextTick callback: this is globalThis', this === globalThis);
});
Promise.resolve().then(function () {
  console.log('then callback: this is globalThis', this === globalThis);
});
queueMicrotask(function () {
  console.log('queueMicrotask callback: this is globalThis', this === globalThis);
});
