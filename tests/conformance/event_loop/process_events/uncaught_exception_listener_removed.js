// process.off removes the listener: an error after that ends the process (exit code 1).
function onError(err) {
  console.log('listener:', err.message);
  process.off('uncaughtException', onError);
}
process.on('uncaughtException', onError);
setTimeout(() => {
  throw new Error('handled');
}, 1);
setTimeout(() => {
  console.log('listeners left:', process.listenerCount('uncaughtException'));
  throw new Error('not handled');
}, 5);
