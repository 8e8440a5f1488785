// nextTicks queued in a timer callback run before the next timer callback.
setTimeout(() => {
  console.log('timer 1');
  process.nextTick(() => console.log('nextTick from timer 1'));
}, 0);
setTimeout(() => {
  console.log('timer 2');
  process.nextTick(() => console.log('nextTick from timer 2'));
}, 0);
