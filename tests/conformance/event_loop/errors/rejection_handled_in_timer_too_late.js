// Attaching a handler only in a timer is too late: the run ends before the timer fires.
const p = Promise.reject(new Error('handled too late'));
setTimeout(() => {
  p.catch(() => console.log('never reached'));
}, 0);
console.log('sync end');
