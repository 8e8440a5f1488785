// timers/promises settle in the timers and check phases, right after the callbacks queued
// before them. Started from a timer callback, the check phase (immediates) comes first.
const timersPromises = require('timers/promises');

setTimeout(() => {
  setTimeout(() => console.log('timeout callback'), 0);
  timersPromises.setTimeout(0, 'timeout promise').then((value) => console.log(value));
  setImmediate(() => console.log('immediate callback'));
  timersPromises.setImmediate('immediate promise').then((value) => console.log(value));
  setImmediate(() => console.log('second immediate callback'));
  process.nextTick(() => console.log('nextTick'));
  Promise.resolve().then(() => console.log('microtask'));
  console.log('in timer');
}, 5);
