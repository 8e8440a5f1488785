// clearTimeout also cancels an interval: both clear functions accept any timer object.
let n = 0;
const id = setInterval(() => {
  console.log('tick ' + ++n);
  if (n === 2) clearTimeout(id);
}, 10);
setTimeout(() => console.log('ticks total: ' + n), 100);
