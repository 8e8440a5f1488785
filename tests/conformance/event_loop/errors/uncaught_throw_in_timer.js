// An uncaught throw inside a timer callback ends the run; later timers never fire.
setTimeout(() => console.log('timer 1 runs'), 10);
setTimeout(() => {
  console.log('timer 2 throws');
  throw new Error('boom in timer');
}, 60);
setTimeout(() => console.log('timer 3 never'), 120);
console.log('sync end');
