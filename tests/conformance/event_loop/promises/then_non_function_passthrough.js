// Non-function then arguments are ignored and the value passes through.
Promise.resolve('kept')
  .then(null)
  .then(42)
  .then((v) => console.log('value:', v));
Promise.reject('reason').then(() => {}, undefined).catch((r) => console.log('reason:', r));
