// Skipping then steps still costs one turn each, so a far catch runs after a short chain.
Promise.reject('r')
  .then(() => {})
  .then(() => {})
  .catch((r) => console.log('far catch', r));
Promise.reject('s').catch((r) => console.log('near catch', r));
Promise.resolve().then(() => console.log('t1')).then(() => console.log('t2')).then(() => console.log('t3'));
