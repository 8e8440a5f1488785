// Awaiting an async function that awaited once resumes the caller one turn after the callee returns.
async function inner() {
  console.log('inner start');
  await null;
  console.log('inner end');
}
async function outer() {
  console.log('outer start');
  await inner();
  console.log('outer end');
}
outer();
Promise.resolve()
  .then(() => console.log('tick 1'))
  .then(() => console.log('tick 2'))
  .then(() => console.log('tick 3'));
