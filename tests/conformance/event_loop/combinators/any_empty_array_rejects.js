// Promise.any([]) rejects with an AggregateError with no errors.
Promise.any([]).catch((e) => {
  console.log(e.name, '-', e.message);
  console.log('errors length:', e.errors.length);
});
