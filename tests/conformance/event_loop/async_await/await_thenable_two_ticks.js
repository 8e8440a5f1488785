// await of a thenable costs two turns: one to call its then, one to resume.
const thenable = { then(resolve) { console.log('thenable.then'); resolve('t'); } };
async function f() {
  const v = await thenable;
  console.log('resumed with', v);
}
f();
Promise.resolve()
  .then(() => console.log('tick 1'))
  .then(() => console.log('tick 2'))
  .then(() => console.log('tick 3'));
