// A throw inside finally replaces the value with a rejection.
Promise.resolve('value')
  .finally(() => { throw new Error('from finally'); })
  .then((v) => console.log('never', v), (e) => console.log('rejected:', e.message));
