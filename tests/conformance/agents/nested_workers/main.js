// A worker can start its own worker; messages go up the chain.
const { Worker, isMainThread, parentPort, workerData } = require('worker_threads');
if (isMainThread) {
  const w = new Worker(__filename, { workerData: 1 });
  w.on('message', (m) => console.log('main got', m));
  w.on('exit', (code) => console.log('level 1 exited', code));
} else if (workerData === 1) {
  const inner = new Worker(__filename, { workerData: 2 });
  inner.on('message', (m) => parentPort.postMessage(`relayed: ${m}`));
  inner.on('exit', (code) => parentPort.postMessage(`level 2 exited ${code}`));
} else {
  parentPort.postMessage('hello from level 2');
}
