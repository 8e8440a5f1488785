// An interval nobody clears keeps the event loop alive forever.
let ticks = 0;
setInterval(() => { ticks++; }, 1);
console.log('start');
