// An unhandled rejection from Promise.any: its AggregateError has no stack, so Node prints it in
// brackets with its errors, from the line of its own code that rethrows it.
console.log('start');
Promise.any([Promise.reject(new Error('first')), Promise.reject('second')]);
setTimeout(() => console.log('never runs'), 1);
