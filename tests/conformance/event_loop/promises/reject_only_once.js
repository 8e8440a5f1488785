// After reject, a later resolve is ignored.
const p = new Promise((resolve, reject) => {
  reject('no');
  resolve('yes');
});
p.then((v) => console.log('fulfilled', v), (r) => console.log('rejected:', r));
