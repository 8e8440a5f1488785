// Rethrowing inside catch keeps the chain rejected for the next catch.
Promise.reject(new Error('first'))
  .catch((e) => { console.log('catch 1:', e.message); throw new Error('second'); })
  .then(() => console.log('never'))
  .catch((e) => console.log('catch 2:', e.message));
