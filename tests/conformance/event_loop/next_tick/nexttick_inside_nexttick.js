// A nextTick queued inside a nextTick runs before any promise callback.
process.nextTick(() => {
  console.log('tick 1');
  process.nextTick(() => console.log('tick 1 inner'));
});
process.nextTick(() => console.log('tick 2'));
Promise.resolve().then(() => console.log('promise'));
