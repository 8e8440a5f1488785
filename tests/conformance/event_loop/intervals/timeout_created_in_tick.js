// A 0 ms timeout created inside an interval tick runs before the next tick 100 ms later.
let n = 0;
const id = setInterval(() => {
  n++;
  console.log('tick ' + n);
  setTimeout(() => console.log('timeout from tick ' + n), 0);
  if (n === 3) clearInterval(id);
}, 100);
