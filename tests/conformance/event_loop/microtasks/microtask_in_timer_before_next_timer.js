// Microtasks from a timer callback run before the next due timer.
setTimeout(() => {
  console.log('timer 1');
  queueMicrotask(() => console.log('micro from timer 1'));
}, 0);
setTimeout(() => console.log('timer 2'), 0);
