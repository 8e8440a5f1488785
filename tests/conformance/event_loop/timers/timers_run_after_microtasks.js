// All promise callbacks queued by the script run before any 0 ms timer.
setTimeout(() => console.log('timeout'), 0);
Promise.resolve().then(() => console.log('then 1')).then(() => console.log('then 2'));
queueMicrotask(() => console.log('microtask'));
console.log('sync');
