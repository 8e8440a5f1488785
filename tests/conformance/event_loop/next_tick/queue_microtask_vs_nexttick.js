// queueMicrotask callbacks, like promises, wait for the nextTick queue.
queueMicrotask(() => console.log('microtask 1'));
process.nextTick(() => console.log('nextTick 1'));
queueMicrotask(() => console.log('microtask 2'));
process.nextTick(() => console.log('nextTick 2'));
