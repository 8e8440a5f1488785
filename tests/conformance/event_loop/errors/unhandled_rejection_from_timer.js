// A rejection created in a timer and never handled ends the run after that timer's microtasks.
setTimeout(() => {
  console.log('timer 1 rejects');
  Promise.reject(new Error('from timer'));
  Promise.resolve().then(() => console.log('timer 1 microtask'));
}, 0);
setTimeout(() => console.log('timer 2 never'), 60);
