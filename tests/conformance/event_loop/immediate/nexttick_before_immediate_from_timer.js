// In a timer callback: nextTick, then promise, then the other due timer, then immediate.
setTimeout(() => {
  console.log('timer 1');
  setImmediate(() => console.log('immediate'));
  Promise.resolve().then(() => console.log('promise'));
  process.nextTick(() => console.log('nextTick'));
}, 0);
setTimeout(() => console.log('timer 2'), 0);
