// A promise resolved in its executor queues its then when then is called, in call order.
queueMicrotask(() => console.log('micro 1'));
const p = new Promise((resolve) => resolve('done'));
p.then((v) => console.log('then', v));
queueMicrotask(() => console.log('micro 2'));
