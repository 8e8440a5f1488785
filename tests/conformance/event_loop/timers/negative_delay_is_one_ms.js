// A negative delay is treated as 1 ms; it does not jump ahead of earlier 0 ms timers.
setTimeout(() => console.log('zero'), 0);
setTimeout(() => console.log('minus 100'), -100);
setTimeout(() => console.log('one'), 1);
setTimeout(() => console.log('fifty'), 50);
