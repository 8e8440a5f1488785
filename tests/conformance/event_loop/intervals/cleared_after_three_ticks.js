// setInterval repeats until clearInterval is called from inside its callback.
let n = 0;
const id = setInterval(() => {
  n++;
  console.log('tick ' + n);
  if (n === 3) {
    clearInterval(id);
    console.log('cleared');
  }
}, 10);
console.log('started');
