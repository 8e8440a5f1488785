// An error thrown by the main script goes to the 'uncaughtException' listener; what the script
// queued before it threw (a nextTick, a microtask, a timer) still runs.
process.on('uncaughtException', (err, origin) => {
  console.log('listener:', err.message, origin);
});
process.nextTick(() => console.log('nextTick'));
Promise.resolve().then(() => console.log('microtask'));
setTimeout(() => console.log('timeout'), 0);
console.log('before the throw');
throw new Error('main script failed');
