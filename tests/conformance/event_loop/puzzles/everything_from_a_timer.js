// From a timer: sync, nextTick, microtasks, the other due timer, immediate, new timer.
setTimeout(() => {
  console.log('timer A');
  setTimeout(() => console.log('new timeout'), 0);
  setImmediate(() => console.log('immediate'));
  queueMicrotask(() => console.log('microtask'));
  Promise.resolve().then(() => console.log('promise'));
  process.nextTick(() => console.log('nextTick'));
  console.log('timer A end');
}, 0);
setTimeout(() => console.log('timer B'), 0);
