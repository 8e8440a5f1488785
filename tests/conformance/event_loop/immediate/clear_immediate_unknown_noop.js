// clearImmediate of a finished immediate or of undefined does nothing.
const im = setImmediate(() => {
  console.log('ran');
  setImmediate(() => {
    clearImmediate(im);
    clearImmediate(undefined);
    console.log('late clears ok');
  });
});
