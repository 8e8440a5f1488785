// process.on('uncaughtException'): a timer that throws calls the listener (error, origin) instead
// of ending the process; the timers after it still run and the exit code stays 0. The next timer
// of the same list runs before the nextTick and the microtask the failed one queued.
process.on('uncaughtException', (err, origin) => {
  console.log('listener:', err.message, origin);
});
setTimeout(() => {
  process.nextTick(() => console.log('tick queued by the failed timer'));
  Promise.resolve().then(() => console.log('microtask queued by the failed timer'));
  throw new Error('timer failed');
}, 5);
setTimeout(() => console.log('same list, after the failed timer'), 5);
setTimeout(() => console.log('same list, last'), 5);
setTimeout(() => console.log('a later timer still runs'), 20);
console.log('main end');
