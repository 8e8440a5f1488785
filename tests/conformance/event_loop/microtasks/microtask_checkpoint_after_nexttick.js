// Microtasks queued inside nextTicks run after all nextTicks, alongside earlier microtasks.
queueMicrotask(() => console.log('micro from script'));
process.nextTick(() => {
  console.log('tick 1');
  queueMicrotask(() => console.log('micro from tick 1'));
});
process.nextTick(() => console.log('tick 2'));
