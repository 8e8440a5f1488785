// An unhandled rejection ends the run with exit code 1 after the microtask queue drains.
console.log('sync start');
Promise.reject(new Error('nobody handles this'));
Promise.resolve().then(() => console.log('microtask still runs'));
process.nextTick(() => console.log('nextTick still runs'));
setTimeout(() => console.log('timer never runs'), 0);
console.log('sync end');
