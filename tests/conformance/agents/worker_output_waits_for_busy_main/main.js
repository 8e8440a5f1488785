// A worker's console.log goes through the main thread: while main is busy, it waits.
const { Worker } = require('worker_threads');
const w = new Worker(`console.log('worker: hello'); require('worker_threads').parentPort.postMessage('hi');`, { eval: true });
w.on('message', (m) => console.log('main got', m));
const start = Date.now();
while (Date.now() - start < 200) {}  // busy for 200 ms
console.log('main: done being busy');
