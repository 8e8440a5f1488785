// An overdue unref'ed timer runs in the loop's first timers phase when something referenced keeps the loop going.
console.log('script start');
setTimeout(() => console.log('unref timer, overdue'), 1).unref();
setImmediate(() => console.log('immediate keeps the loop alive'));
const busyUntil = Date.now() + 20;
while (Date.now() < busyUntil) {}
console.log('script end');
