// online, message, exit: a worker that sends one message and ends by itself (exit code 0).
const { Worker, isMainThread, parentPort, threadId } = require('worker_threads');
if (isMainThread) {
  console.log('main', threadId);
  const w = new Worker(__filename);
  console.log('spawned thread', w.threadId);
  w.on('online', () => console.log('online'));
  w.on('message', (m) => console.log('message', m));
  w.on('exit', (code) => console.log('exit', code));
} else {
  console.log('worker', threadId, isMainThread);
  parentPort.postMessage({ from: threadId, list: [1, 2, 3] });
}
