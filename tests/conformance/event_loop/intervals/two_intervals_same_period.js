// Two intervals with the same period tick alternately in creation order.
let a = 0, b = 0;
const ia = setInterval(() => {
  console.log('A' + ++a);
  if (a === 3) clearInterval(ia);
}, 20);
const ib = setInterval(() => {
  console.log('B' + ++b);
  if (b === 3) clearInterval(ib);
}, 20);
