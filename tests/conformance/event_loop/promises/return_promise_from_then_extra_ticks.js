// Returning a promise from then costs two extra microtask turns compared with a plain value.
Promise.resolve()
  .then(() => Promise.resolve('promise'))
  .then((v) => console.log('returned', v));
Promise.resolve()
  .then(() => console.log('tick 1'))
  .then(() => console.log('tick 2'))
  .then(() => console.log('tick 3'))
  .then(() => console.log('tick 4'));
