// finally ignores its callback's return value and passes the original value on.
Promise.resolve('original')
  .finally(() => 'ignored')
  .then((v) => console.log('value:', v));
Promise.reject(new Error('bad'))
  .finally(() => 'ignored too')
  .catch((e) => console.log('reason:', e.message));
