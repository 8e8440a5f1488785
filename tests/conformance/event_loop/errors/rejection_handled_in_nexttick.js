// Attaching a handler from a nextTick still counts as handled in time.
const p = Promise.reject(new Error('handled from nextTick'));
process.nextTick(() => {
  p.catch((e) => console.log('caught:', e.message));
});
setTimeout(() => console.log('still alive'), 10);
