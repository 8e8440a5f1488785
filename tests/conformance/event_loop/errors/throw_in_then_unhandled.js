// An error thrown in a then handler with no catch becomes an unhandled rejection.
Promise.resolve()
  .then(() => console.log('step 1'))
  .then(() => { throw new Error('thrown in then'); })
  .then(() => console.log('skipped'));
Promise.resolve().then(() => console.log('a')).then(() => console.log('b')).then(() => console.log('c')).then(() => console.log('d'));
