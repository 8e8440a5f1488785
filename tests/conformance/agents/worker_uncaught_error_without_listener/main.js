// Nobody listens for the worker's 'error': Node rethrows it in the main thread, which ends.
const { Worker, isMainThread } = require('worker_threads');
if (isMainThread) {
  console.log('main');
  new Worker(__filename);
  setTimeout(() => console.log('never printed'), 200);
} else {
  throw new RangeError('worker failed');
}
