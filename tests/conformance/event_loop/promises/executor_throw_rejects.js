// A throw inside the executor rejects the promise; code after the throw does not run.
const p = new Promise(() => {
  console.log('executor start');
  throw new Error('boom');
});
p.catch((e) => console.log('caught:', e.message));
console.log('sync end');
