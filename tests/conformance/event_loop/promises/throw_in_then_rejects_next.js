// An error thrown in a then handler rejects the promise returned by that then.
Promise.resolve(1)
  .then((v) => { console.log('handler', v); throw new Error('oops'); })
  .then(() => console.log('never'))
  .catch((e) => console.log('caught:', e.message));
