// process.once: the first uncaught error is handled, the second one ends the process as if no
// listener had been attached (exit code 1).
process.once('uncaughtException', (err) => {
  console.log('once:', err.message, process.listenerCount('uncaughtException'));
});
setTimeout(() => {
  throw new Error('first');
}, 1);
setTimeout(() => {
  throw new Error('second');
}, 5);
setTimeout(() => console.log('never printed'), 10);
