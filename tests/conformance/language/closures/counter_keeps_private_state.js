// a closure keeps a private counter alive between calls
function makeCounter() {
  let count = 0;
  return () => ++count;
}
const c = makeCounter();
console.log(c(), c(), c());
