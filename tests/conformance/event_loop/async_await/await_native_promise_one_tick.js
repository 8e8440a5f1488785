// await of an already-resolved native promise also resumes after one microtask turn.
async function f() {
  await Promise.resolve('native');
  console.log('resumed after native promise');
}
f();
Promise.resolve()
  .then(() => console.log('tick 1'))
  .then(() => console.log('tick 2'));
