// Interval ticks at 100, 200, 300 interleave with timeouts at 150 and 250 by due time.
let n = 0;
const id = setInterval(() => {
  n++;
  console.log('interval ' + n);
  if (n === 3) clearInterval(id);
}, 100);
setTimeout(() => console.log('timeout 150'), 150);
setTimeout(() => console.log('timeout 250'), 250);
