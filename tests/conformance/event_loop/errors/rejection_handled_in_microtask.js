// Attaching a handler from a microtask still counts as handled in time.
const p = Promise.reject(new Error('handled from microtask'));
queueMicrotask(() => {
  p.catch((e) => console.log('caught:', e.message));
});
setTimeout(() => console.log('still alive'), 10);
