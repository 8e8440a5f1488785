// setInterval passes extra arguments to every tick.
let n = 0;
const id = setInterval((label, step) => {
  n += step;
  console.log(label, n);
  if (n >= 6) clearInterval(id);
}, 10, 'count', 2);
