// Three awaits of plain values take the same turns as a three-step then chain.
async function f() {
  await null; console.log('await 1');
  await null; console.log('await 2');
  await null; console.log('await 3');
}
f();
Promise.resolve()
  .then(() => console.log('then 1'))
  .then(() => console.log('then 2'))
  .then(() => console.log('then 3'));
