// An unref'ed timer is not run, even overdue, when nothing referenced is left after the script: the loop never starts.
console.log('script start');
setTimeout(() => console.log('never printed'), 1).unref();
const busyUntil = Date.now() + 20;
while (Date.now() < busyUntil) {}
Promise.resolve().then(() => console.log('microtask after the script'));
console.log('script end');
