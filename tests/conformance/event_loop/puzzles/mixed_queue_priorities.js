// One program with every queue: sync > nextTick > microtasks > timers (from inside a timer: immediate first).
setTimeout(() => {
  console.log('6 timer');
  setTimeout(() => console.log('9 inner timer'), 0);
  setImmediate(() => console.log('8 immediate'));
  process.nextTick(() => console.log('7 tick in timer'));
}, 0);
Promise.resolve().then(() => console.log('4 promise'));
queueMicrotask(() => console.log('5 microtask'));
process.nextTick(() => console.log('3 tick'));
console.log('1 sync');
console.log('2 sync');
