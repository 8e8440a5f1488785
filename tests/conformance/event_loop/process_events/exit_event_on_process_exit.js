// process.exit(code) emits 'exit' with that code first; code after the call never runs.
process.on('exit', (code) => console.log('exit listener', code, process.exitCode));
setTimeout(() => {
  console.log('calling process.exit(4)');
  process.exit(4);
  console.log('never printed');
}, 1);
setTimeout(() => console.log('never printed either'), 10);
