// Two workers whose files do not parse: each parent hears 'error' with the SyntaxError, then
// 'exit' with code 1, and the main thread goes on. In the threaded page both parse at once.
const { Worker } = require('worker_threads');
for (const file of ['./broken_let.js', './broken_call.js']) {
  const worker = new Worker(file);
  worker.on('error', (e) => console.log(file, 'error:', e.name, e.message));
  worker.on('exit', (code) => console.log(file, 'exit', code));
}
setTimeout(() => console.log('main still running'), 100);
