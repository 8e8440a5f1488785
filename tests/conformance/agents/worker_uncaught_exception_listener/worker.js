const { parentPort } = require('worker_threads');
process.on('uncaughtException', (err, origin) => {
  parentPort.postMessage('worker caught ' + err.message + ' (' + origin + ')');
});
process.on('exit', (code) => parentPort.postMessage('worker exit listener ' + code));
setTimeout(() => {
  throw new Error('in worker');
}, 1);
setTimeout(() => parentPort.postMessage('worker still running'), 5);
