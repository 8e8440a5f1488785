// An async function returning a native promise adopts it, costing two extra turns.
async function returnsPromise() { return Promise.resolve('adopted'); }
async function returnsValue() { return 'plain'; }
returnsPromise().then((v) => console.log('returnsPromise ->', v));
returnsValue().then((v) => console.log('returnsValue ->', v));
Promise.resolve()
  .then(() => console.log('tick 1'))
  .then(() => console.log('tick 2'))
  .then(() => console.log('tick 3'))
  .then(() => console.log('tick 4'));
