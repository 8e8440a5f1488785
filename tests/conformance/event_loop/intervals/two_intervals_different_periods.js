// A 100 ms and a 150 ms interval interleave by due time: 100, 150, 200, 300.
let fast = 0, slow = 0;
const f = setInterval(() => {
  console.log('fast ' + ++fast);
  if (fast === 2) clearInterval(f);
}, 100);
const s = setInterval(() => {
  console.log('slow ' + ++slow);
  if (slow === 2) clearInterval(s);
}, 150);
