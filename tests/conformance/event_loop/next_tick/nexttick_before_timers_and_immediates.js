// Inside a timer: sync code, nextTick, promise, then the immediate, and only then the new 0 ms timer.
setTimeout(() => {
  setTimeout(() => console.log('timeout'), 0);
  setImmediate(() => console.log('immediate'));
  Promise.resolve().then(() => console.log('promise'));
  process.nextTick(() => console.log('nextTick'));
  console.log('outer timer');
}, 0);
