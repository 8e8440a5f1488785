// A worker sleeps in Atomics.wait until the main thread stores a value and notifies it; a
// wait whose value already changed returns "not-equal", one nobody notifies times out.
const { Worker, isMainThread, workerData, parentPort } = require('worker_threads');
if (isMainThread) {
  const shared = new SharedArrayBuffer(8);
  const flags = new Int32Array(shared);
  const worker = new Worker(__filename, { workerData: shared });
  worker.on('message', (m) => {
    console.log('worker:', m);
    if (m === 'about to wait') {
      setTimeout(() => {
        Atomics.store(flags, 0, 42);
        console.log('main notified', Atomics.notify(flags, 0, 1), 'waiter');
      }, 50);
    }
  });
  worker.on('exit', (code) => console.log('worker exited', code, 'flag', flags[0]));
} else {
  const flags = new Int32Array(workerData);
  console.log('not-equal case:', Atomics.wait(flags, 1, 7));
  console.log('timeout case:', Atomics.wait(flags, 1, 0, 20));
  parentPort.postMessage('about to wait');
  const result = Atomics.wait(flags, 0, 0);
  parentPort.postMessage(`woke with ${result}, flag is ${Atomics.load(flags, 0)}`);
}
