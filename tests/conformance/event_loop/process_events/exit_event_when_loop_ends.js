// process.on('exit', code): when the loop runs dry, with process.exitCode; the listener may
// change the exit code, and what it queues never runs.
process.on('exit', (code) => {
  console.log('exit listener', code, process.exitCode);
  setTimeout(() => console.log('never printed'), 0);
  process.nextTick(() => console.log('never printed either'));
  process.exitCode = 3;
});
process.on('exit', () => console.log('second exit listener'));
setTimeout(() => {
  console.log('last timer');
  process.exitCode = 2;
}, 5);
