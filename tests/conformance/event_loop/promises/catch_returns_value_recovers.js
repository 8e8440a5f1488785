// A catch handler that returns a value fulfils the next promise in the chain.
Promise.reject(new Error('bad'))
  .catch(() => 'recovered')
  .then((v) => console.log('then got:', v));
