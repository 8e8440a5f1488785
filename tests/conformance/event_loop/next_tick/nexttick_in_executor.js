// A nextTick queued inside a promise executor runs before that promise's then callback.
new Promise((resolve) => {
  console.log('executor');
  process.nextTick(() => console.log('nextTick from executor'));
  resolve();
}).then(() => console.log('then'));
console.log('sync');
