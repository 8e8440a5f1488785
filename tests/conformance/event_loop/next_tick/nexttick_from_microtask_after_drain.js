// A nextTick queued from a microtask runs only after the whole microtask queue drains.
Promise.resolve().then(() => {
  console.log('promise 1');
  process.nextTick(() => console.log('nextTick from promise 1'));
}).then(() => console.log('promise 1b'));
Promise.resolve().then(() => console.log('promise 2'));
queueMicrotask(() => console.log('microtask 3'));
