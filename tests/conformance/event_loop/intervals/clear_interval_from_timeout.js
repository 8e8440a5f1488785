// A timeout can stop an interval; no more ticks run after clearInterval.
let n = 0;
const id = setInterval(() => console.log('tick ' + ++n), 100);
setTimeout(() => {
  clearInterval(id);
  console.log('stopped after ' + n + ' ticks');
}, 250);
