// An error thrown by an 'unhandledRejection' listener is an ordinary uncaught exception: with
// no 'uncaughtException' listener it ends the process with exit code 1.
process.on('unhandledRejection', (reason) => {
  console.log('listener got', reason);
  throw new Error('from the rejection listener');
});
Promise.reject('r');
setTimeout(() => console.log('never printed'), 1);
