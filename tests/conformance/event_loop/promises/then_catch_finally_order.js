// then, catch and finally run in chain order, one microtask turn per step.
Promise.resolve(1)
  .then((v) => { console.log('then', v); throw new Error('x'); })
  .catch((e) => { console.log('catch', e.message); return 2; })
  .finally(() => console.log('finally'))
  .then((v) => console.log('after finally', v));
