// An uncaught error with no 'uncaughtException' listener still emits 'exit' (code 1) before the
// process ends.
process.on('exit', (code) => console.log('exit listener', code, process.exitCode));
setTimeout(() => console.log('never printed'), 10);
throw new Error('boom');
