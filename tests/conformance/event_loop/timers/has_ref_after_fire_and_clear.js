// hasRef() reports the Timeout's own flag, whether it is pending, has fired or was cleared.
const fired = setTimeout(() => console.log('fired: hasRef inside', fired.hasRef()), 1);
const cleared = setTimeout(() => {}, 1);
clearTimeout(cleared);
console.log('cleared: hasRef', cleared.hasRef());
const unrefed = setTimeout(() => {}, 1000).unref();
console.log('unrefed: hasRef', unrefed.hasRef());
setTimeout(() => {
  console.log('fired: hasRef after', fired.hasRef());
  fired.unref();
  console.log('fired then unref: hasRef', fired.hasRef());
  clearTimeout(unrefed);
  console.log('unrefed then cleared: hasRef', unrefed.hasRef());
}, 10);
