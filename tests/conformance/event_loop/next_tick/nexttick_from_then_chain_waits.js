// A nextTick queued in a then callback waits for the rest of the then chain to finish.
Promise.resolve()
  .then(() => {
    console.log('then 1');
    process.nextTick(() => console.log('nextTick'));
  })
  .then(() => console.log('then 2'))
  .then(() => console.log('then 3'));
