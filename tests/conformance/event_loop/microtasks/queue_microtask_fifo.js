// queueMicrotask callbacks run in order, after the synchronous script.
queueMicrotask(() => console.log('micro 1'));
queueMicrotask(() => console.log('micro 2'));
console.log('sync');
queueMicrotask(() => console.log('micro 3'));
