// Microtasks from an immediate run before the next immediate.
setImmediate(() => {
  console.log('immediate 1');
  queueMicrotask(() => console.log('micro from immediate 1'));
});
setImmediate(() => console.log('immediate 2'));
