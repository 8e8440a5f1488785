// new Worker(code, { eval: true }) and workerData, cloned into the worker.
const { Worker } = require('worker_threads');
const data = { n: 5, nested: { list: ['a', 'b'] }, when: new Date(0), seen: new Set([1, 2]) };
const w = new Worker(
  `const { workerData, parentPort, isMainThread } = require('worker_threads');
   parentPort.postMessage({ isMainThread, sum: workerData.n * 2, first: workerData.nested.list[0],
                            year: workerData.when.getUTCFullYear(), has2: workerData.seen.has(2) });`,
  { eval: true, workerData: data });
w.on('message', (m) => console.log('got', m));
w.on('exit', (code) => console.log('exit', code));
data.n = 100;  // a clone: the worker never sees this
