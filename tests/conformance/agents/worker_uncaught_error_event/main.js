// A worker that throws: its parent gets 'error' with the error, then 'exit' with code 1; the
// main thread keeps going.
const { Worker, isMainThread } = require('worker_threads');
if (isMainThread) {
  const w = new Worker(__filename);
  w.on('error', (e) => console.log('error event:', e instanceof TypeError, e.name, e.message));
  w.on('exit', (code) => console.log('exit', code));
  setTimeout(() => console.log('main still running'), 100);
} else {
  const config = null;
  console.log(config.port);
}
