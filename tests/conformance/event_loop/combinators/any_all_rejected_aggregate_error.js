// Promise.any rejects with an AggregateError listing all reasons when every input rejects.
Promise.any([Promise.reject('x'), Promise.reject('y')]).catch((e) => {
  console.log('name:', e.name);
  console.log('message:', e.message);
  console.log('errors:', e.errors.join(','));
  console.log('instanceof AggregateError:', e instanceof AggregateError);
});
