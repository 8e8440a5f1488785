// refresh() inside a timeout's own callback keeps it armed; inside an interval's it changes nothing.
console.log('start');
let timeoutRuns = 0;
const timeout = setTimeout(() => {
  timeoutRuns += 1;
  console.log('timeout run', timeoutRuns);
  if (timeoutRuns < 3) timeout.refresh();
}, 40);
let intervalRuns = 0;
const interval = setInterval(() => {
  intervalRuns += 1;
  console.log('interval run', intervalRuns);
  interval.refresh();
  if (intervalRuns === 2) clearInterval(interval);
}, 100);
