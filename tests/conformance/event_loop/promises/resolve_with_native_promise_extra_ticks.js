// resolve(nativePromise) in an executor takes two extra turns before then callbacks fire.
const inner = Promise.resolve('inner');
new Promise((resolve) => resolve(inner)).then((v) => console.log('outer got', v));
Promise.resolve()
  .then(() => console.log('tick 1'))
  .then(() => console.log('tick 2'))
  .then(() => console.log('tick 3'));
