// Several rounds of immediates run before a 100 ms timer becomes due.
setTimeout(() => console.log('timer 100'), 100);
let n = 0;
function again() {
  n++;
  if (n <= 3) {
    console.log('immediate round ' + n);
    setImmediate(again);
  }
}
setImmediate(again);
