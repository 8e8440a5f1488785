// Each step of a then chain takes one turn, so chained steps interleave with queued microtasks.
Promise.resolve()
  .then(() => console.log('chain 1'))
  .then(() => console.log('chain 2'))
  .then(() => console.log('chain 3'));
queueMicrotask(() => {
  console.log('micro 1');
  queueMicrotask(() => {
    console.log('micro 2');
    queueMicrotask(() => console.log('micro 3'));
  });
});
