// Node puts a timer in the list of its whole milliseconds: 1.5 joins the 1 ms list after the
// timers already there, 2.9 the 2 ms list; delays below 1 (and NaN, and too large) become 1.
setTimeout(() => console.log('a 1.5'), 1.5);
setTimeout(() => console.log('b 1'), 1);
setTimeout(() => console.log('c 0.5'), 0.5);
setTimeout(() => console.log('d 2.9'), 2.9);
setTimeout(() => console.log('e 2'), 2);
setTimeout(() => console.log('f "1.99"'), '1.99');
setTimeout(() => console.log('g NaN'), NaN);
const i = setInterval(() => {
  console.log('i interval 1.7');
  clearInterval(i);
}, 1.7);
