// An 'uncaughtException' listener that throws is fatal: Node reports the listener's error and
// exits with code 7, without 'exit' listeners or later timers.
process.on('uncaughtException', (err) => {
  console.log('listener:', err.message);
  throw new Error('thrown inside the listener');
});
process.on('exit', (code) => console.log('exit listener', code));
setTimeout(() => {
  throw new Error('first');
}, 1);
setTimeout(() => console.log('never printed'), 10);
