// An async function and a then chain started together alternate step by step.
async function steps() {
  console.log('await 0');
  await 1;
  console.log('await 1');
  await 2;
  console.log('await 2');
}
Promise.resolve()
  .then(() => console.log('then 1'))
  .then(() => console.log('then 2'))
  .then(() => console.log('then 3'));
steps();
console.log('sync end');
