// With only an 'uncaughtException' listener, an unhandled rejection reaches it with origin
// 'unhandledRejection'; a reason that is no error arrives wrapped in Node's
// UnhandledPromiseRejection error.
process.on('uncaughtException', (err, origin) => {
  console.log(origin, err instanceof Error, err.name, err.code);
  console.log(' ', err.message);
});
Promise.reject(new Error('an error'));
Promise.reject({ reason: 'an object' });
setTimeout(() => console.log('the process goes on'), 1);
