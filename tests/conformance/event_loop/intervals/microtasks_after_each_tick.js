// Microtasks queued in an interval tick run before the next tick.
let n = 0;
const id = setInterval(() => {
  n++;
  console.log('tick ' + n);
  Promise.resolve(n).then((v) => console.log('then after tick ' + v));
  process.nextTick(() => console.log('nextTick after tick ' + n));
  if (n === 2) clearInterval(id);
}, 10);
