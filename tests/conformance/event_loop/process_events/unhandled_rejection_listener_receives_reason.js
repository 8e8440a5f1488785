// process.on('unhandledRejection', (reason, promise)): each rejection nobody handled, in order,
// after the nextTicks and microtasks of that turn; the process goes on with exit code 0.
const first = Promise.reject(new Error('nope'));
process.on('unhandledRejection', (reason, promise) => {
  const shown = reason instanceof Error ? reason.message : reason;
  console.log('unhandledRejection:', shown, promise instanceof Promise, promise === first);
});
Promise.reject(42);
process.nextTick(() => console.log('nextTick'));
setTimeout(() => {
  console.log('timer');
  Promise.reject('from a timer');
}, 1);
