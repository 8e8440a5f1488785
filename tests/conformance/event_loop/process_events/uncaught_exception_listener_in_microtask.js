// A microtask that throws (queueMicrotask): the listener runs and the microtask queue goes on
// at once with the next one.
process.on('uncaughtException', (err) => {
  console.log('listener:', err.message);
});
queueMicrotask(() => {
  console.log('microtask 1 throws');
  throw new Error('in microtask');
});
queueMicrotask(() => console.log('microtask 2'));
process.nextTick(() => console.log('nextTick'));
setTimeout(() => console.log('timeout'), 0);
