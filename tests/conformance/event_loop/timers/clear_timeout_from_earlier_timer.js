// A timer callback can cancel a later timer that is due in the same loop iteration.
let second;
setTimeout(() => {
  console.log('first clears second');
  clearTimeout(second);
}, 0);
second = setTimeout(() => console.log('second (never)'), 0);
setTimeout(() => console.log('third'), 0);
