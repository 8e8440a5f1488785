// clearTimeout before the timer is due cancels it; the others still run in order.
const a = setTimeout(() => console.log('A'), 10);
const b = setTimeout(() => console.log('B (cleared)'), 10);
const c = setTimeout(() => console.log('C'), 10);
clearTimeout(b);
console.log('cleared B');
