// Returning a plain value from then resolves the next step in the very next turn.
Promise.resolve()
  .then(() => 'value')
  .then((v) => console.log('returned', v));
Promise.resolve()
  .then(() => console.log('tick 1'))
  .then(() => console.log('tick 2'));
