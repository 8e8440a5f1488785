// A nextTick that throws: the listener runs, and the nextTicks and microtasks still queued wait
// until the next callback (here the immediate) has run.
process.on('uncaughtException', (err) => {
  console.log('listener:', err.message);
});
process.nextTick(() => {
  console.log('tick 1 throws');
  throw new Error('in nextTick');
});
process.nextTick(() => console.log('tick 2'));
Promise.resolve().then(() => console.log('microtask'));
setImmediate(() => console.log('immediate'));
