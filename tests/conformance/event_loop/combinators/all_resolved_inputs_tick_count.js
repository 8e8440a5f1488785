// Promise.all of already-resolved promises settles after two microtask turns.
Promise.all([Promise.resolve(1), Promise.resolve(2)]).then((v) => console.log('all done', v.join('+')));
Promise.resolve()
  .then(() => console.log('tick 1'))
  .then(() => console.log('tick 2'))
  .then(() => console.log('tick 3'));
