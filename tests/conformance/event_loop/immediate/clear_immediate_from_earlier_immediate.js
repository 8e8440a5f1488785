// An immediate can cancel a later immediate of the same batch before it runs.
let later;
setImmediate(() => {
  console.log('first cancels later');
  clearImmediate(later);
});
later = setImmediate(() => console.log('later (never)'));
setImmediate(() => console.log('last'));
