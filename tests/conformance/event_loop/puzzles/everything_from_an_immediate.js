// From an immediate: sync, nextTick, microtasks, the other queued immediate, then timer, then new immediate.
setImmediate(() => {
  console.log('immediate A');
  setTimeout(() => console.log('timeout'), 0);
  setImmediate(() => console.log('new immediate'));
  Promise.resolve().then(() => console.log('promise'));
  process.nextTick(() => console.log('nextTick'));
  const s = Date.now();
  while (Date.now() - s < 5) {}
});
setImmediate(() => console.log('immediate B'));
