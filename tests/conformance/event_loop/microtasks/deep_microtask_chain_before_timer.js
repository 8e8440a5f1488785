// A long recursive chain of microtasks still finishes before a 0 ms timer.
setTimeout(() => console.log('timeout'), 0);
let n = 0;
function step() {
  n++;
  if (n < 1000) queueMicrotask(step);
  else console.log('microtask steps: ' + n);
}
queueMicrotask(step);
