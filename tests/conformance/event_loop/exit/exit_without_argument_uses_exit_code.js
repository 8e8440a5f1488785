// process.exit() with no argument exits with process.exitCode; nothing after it runs.
process.exitCode = 5;
setTimeout(() => {
  console.log('timer calls process.exit()');
  process.exit();
  console.log('never printed');
}, 1);
Promise.resolve().then(() => console.log('microtask'));
