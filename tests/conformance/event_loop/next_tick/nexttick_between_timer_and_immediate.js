// After a timer, its nextTick runs before the immediate the timer queued.
setTimeout(() => {
  setImmediate(() => console.log('immediate'));
  process.nextTick(() => console.log('nextTick'));
  console.log('timer');
}, 0);
