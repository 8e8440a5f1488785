// nextTicks queued in an immediate run before the next immediate.
setImmediate(() => {
  console.log('immediate 1');
  process.nextTick(() => console.log('nextTick from immediate 1'));
});
setImmediate(() => {
  console.log('immediate 2');
  process.nextTick(() => console.log('nextTick from immediate 2'));
});
