// process.exit() in a worker ends that thread only, with its code.
const { Worker, isMainThread } = require('worker_threads');
if (isMainThread) {
  const w = new Worker(__filename);
  w.on('exit', (code) => console.log('worker exited with', code));
  setTimeout(() => console.log('main goes on'), 300);
} else {
  console.log('worker leaving');
  process.exit(7);
  console.log('not reached');
}
