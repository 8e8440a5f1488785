// Promise.all accepts plain values and thenables alongside promises.
const thenable = { then(res) { res('thenable'); } };
Promise.all([1, 'two', thenable, Promise.resolve('four')])
  .then((v) => console.log('values:', v.join(' ')));
