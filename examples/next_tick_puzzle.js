// Node's two urgent lists: process.nextTick callbacks run before promise callbacks,
// and both run before setImmediate.
setImmediate(() => console.log("immediate"));
Promise.resolve().then(() => console.log("promise 1"));
process.nextTick(() => console.log("nextTick 1"));
Promise.resolve().then(() => {
  console.log("promise 2");
  process.nextTick(() => console.log("nextTick inside promise 2"));
});
console.log("sync");
