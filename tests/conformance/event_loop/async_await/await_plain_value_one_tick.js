// await of a plain value resumes after one microtask turn.
async function f() {
  await 'plain';
  console.log('resumed after plain');
}
f();
Promise.resolve()
  .then(() => console.log('tick 1'))
  .then(() => console.log('tick 2'));
