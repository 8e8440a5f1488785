// In Promise.race, an already-resolved input listed first wins over one listed later.
Promise.race([Promise.resolve('resolved first'), 'plain second'])
  .then((v) => console.log('winner:', v));
Promise.race(['plain first', Promise.resolve('resolved second')])
  .then((v) => console.log('winner:', v));
Promise.race([Promise.reject('rejected first'), 'plain second'])
  .then((v) => console.log('never', v), (r) => console.log('loser wins:', r));
