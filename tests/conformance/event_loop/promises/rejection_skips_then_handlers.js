// A rejection skips then callbacks without a rejection handler until a catch.
Promise.reject(new Error('fail'))
  .then(() => console.log('skipped 1'))
  .then(() => console.log('skipped 2'))
  .catch((e) => console.log('caught', e.message))
  .then(() => console.log('continues after catch'));
