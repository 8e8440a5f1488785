// When a timer callback throws, microtasks it queued before throwing do not run.
setTimeout(() => {
  Promise.resolve().then(() => console.log('microtask from throwing timer'));
  process.nextTick(() => console.log('nextTick from throwing timer'));
  console.log('about to throw');
  throw new Error('timer failure');
}, 0);
