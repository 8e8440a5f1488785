// A throw inside a queueMicrotask callback is an uncaught exception and ends the run.
queueMicrotask(() => console.log('micro 1'));
queueMicrotask(() => { throw new Error('microtask failure'); });
queueMicrotask(() => console.log('micro 3'));
setTimeout(() => console.log('timer never'), 0);
