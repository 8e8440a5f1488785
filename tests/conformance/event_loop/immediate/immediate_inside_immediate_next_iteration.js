// An immediate queued inside an immediate runs on the next loop iteration, after the current batch.
setImmediate(() => {
  console.log('A');
  setImmediate(() => console.log('A inner'));
});
setImmediate(() => {
  console.log('B');
  setImmediate(() => console.log('B inner'));
});
setImmediate(() => console.log('C'));
