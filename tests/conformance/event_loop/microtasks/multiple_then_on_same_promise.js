// Several then callbacks on one promise run in registration order.
const p = Promise.resolve('v');
p.then((v) => console.log('first', v));
p.then((v) => console.log('second', v));
queueMicrotask(() => console.log('micro'));
p.then((v) => console.log('third', v));
