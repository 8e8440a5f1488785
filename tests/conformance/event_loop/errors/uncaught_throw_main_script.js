// A throw in the main script stops it at once; nothing queued earlier runs.
console.log('before throw');
setTimeout(() => console.log('timer never'), 0);
Promise.resolve().then(() => console.log('microtask never'));
process.nextTick(() => console.log('nextTick never'));
throw new Error('main failure');
