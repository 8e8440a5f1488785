// An Immediate is ref'ed until it runs or is cleared; after that ref() and unref() change nothing.
const first = setImmediate(() => {
  console.log('first running: hasRef', first.hasRef());
  first.ref();
  console.log('first after ref(): hasRef', first.hasRef());
});
console.log('first pending: hasRef', first.hasRef());
first.unref();
console.log('first after unref(): hasRef', first.hasRef());
first.ref();
const cleared = setImmediate(() => console.log('never runs'));
clearImmediate(cleared);
cleared.ref();
console.log('cleared: hasRef', cleared.hasRef());
