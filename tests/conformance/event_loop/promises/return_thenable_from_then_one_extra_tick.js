// Returning a thenable that resolves synchronously costs one extra turn (the thenable job).
const thenable = { then(resolve) { console.log('thenable.then called'); resolve('thenable value'); } };
Promise.resolve()
  .then(() => thenable)
  .then((v) => console.log('got', v));
Promise.resolve()
  .then(() => console.log('tick 1'))
  .then(() => console.log('tick 2'))
  .then(() => console.log('tick 3'));
