// A microtask queued from a microtask goes to the back of the queue but before any timer.
setTimeout(() => console.log('timeout'), 0);
queueMicrotask(() => {
  console.log('micro A');
  queueMicrotask(() => console.log('micro A inner'));
});
queueMicrotask(() => console.log('micro B'));
