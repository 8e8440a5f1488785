// Microtasks and nextTicks queued in one immediate run before the next immediate.
setImmediate(() => {
  console.log('immediate 1');
  Promise.resolve().then(() => console.log('promise in 1'));
  process.nextTick(() => console.log('nextTick in 1'));
});
setImmediate(() => console.log('immediate 2'));
