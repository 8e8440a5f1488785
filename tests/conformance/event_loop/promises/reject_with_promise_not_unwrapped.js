// reject(promise) does not unwrap: the reason is the promise object itself.
const inner = Promise.resolve('inner');
Promise.reject(inner).catch((r) => {
  console.log('reason is the promise:', r === inner);
  return r;
}).then((v) => console.log('then unwraps the returned promise:', v));
