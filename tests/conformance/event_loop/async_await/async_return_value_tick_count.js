// The promise of an async function returning a plain value fulfils without extra turns.
async function f() { return 'v'; }
f().then((v) => console.log('f resolved', v));
Promise.resolve()
  .then(() => console.log('tick 1'))
  .then(() => console.log('tick 2'));
