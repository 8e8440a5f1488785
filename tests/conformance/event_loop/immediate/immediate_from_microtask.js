// An immediate queued from a microtask joins the same check phase as the script's immediates.
setImmediate(() => console.log('immediate from script'));
Promise.resolve().then(() => {
  setImmediate(() => console.log('immediate from microtask'));
});
console.log('sync');
