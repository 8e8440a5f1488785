// An uncaught AggregateError is printed with its errors, as util.inspect shows them: [errors].
setImmediate(() => {
  console.log('throwing an AggregateError');
  throw new AggregateError([new Error('disk full'), 'timeout'], 'two failures');
});
