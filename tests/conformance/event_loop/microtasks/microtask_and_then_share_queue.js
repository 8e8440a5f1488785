// queueMicrotask and promise then callbacks share one FIFO queue.
Promise.resolve().then(() => console.log('then 1'));
queueMicrotask(() => console.log('micro 1'));
Promise.resolve().then(() => console.log('then 2'));
queueMicrotask(() => console.log('micro 2'));
