// A 0 ms timer created inside a timer callback runs after already-due timers of that loop.
setTimeout(() => {
  console.log('outer A');
  setTimeout(() => console.log('inner from A'), 0);
}, 0);
setTimeout(() => console.log('outer B'), 0);
setTimeout(() => console.log('outer C'), 0);
