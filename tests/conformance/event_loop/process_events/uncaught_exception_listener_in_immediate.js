// An immediate that throws: the listener runs, the next immediate of the same check phase runs,
// then the nextTick the failed one queued, then the rest.
process.on('uncaughtException', (err) => {
  console.log('listener:', err.message);
});
setImmediate(() => {
  process.nextTick(() => console.log('tick queued by the failed immediate'));
  throw new Error('in immediate');
});
setImmediate(() => console.log('immediate 2'));
setImmediate(() => console.log('immediate 3'));
