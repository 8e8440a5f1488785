// Logs print 1..8 in order: a nextTick queued by a microtask (7) waits behind a nested microtask (6).
console.log(1);
setTimeout(() => console.log(8), 0);
Promise.resolve().then(() => {
  console.log(4);
  process.nextTick(() => console.log(7));
}).then(() => console.log(5));
process.nextTick(() => console.log(3));
new Promise((resolve) => { console.log(2); resolve(); });
queueMicrotask(() => Promise.resolve().then(() => console.log(6)));
