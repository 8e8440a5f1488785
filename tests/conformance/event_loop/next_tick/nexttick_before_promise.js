// process.nextTick callbacks run before promise callbacks, even when queued later.
Promise.resolve().then(() => console.log('promise'));
process.nextTick(() => console.log('nextTick'));
console.log('sync');
