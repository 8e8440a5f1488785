// A throw after resolve in the executor is swallowed; the promise stays fulfilled.
const p = new Promise((resolve) => {
  resolve('ok');
  throw new Error('ignored');
});
p.then((v) => console.log('fulfilled:', v)).catch((e) => console.log('never', e));
