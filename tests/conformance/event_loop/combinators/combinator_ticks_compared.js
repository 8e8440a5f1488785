// With resolved inputs, race, all, allSettled and any all run their then callbacks on the second microtask turn.
Promise.race([Promise.resolve()]).then(() => console.log('race'));
Promise.all([Promise.resolve()]).then(() => console.log('all'));
Promise.allSettled([Promise.resolve()]).then(() => console.log('allSettled'));
Promise.any([Promise.resolve()]).then(() => console.log('any'));
Promise.resolve()
  .then(() => console.log('tick 1'))
  .then(() => console.log('tick 2'))
  .then(() => console.log('tick 3'));
