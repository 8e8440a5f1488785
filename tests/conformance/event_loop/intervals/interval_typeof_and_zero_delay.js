// setInterval returns an object; a 0 ms interval still waits for the script and microtasks.
let n = 0;
const id = setInterval(() => {
  console.log('tick ' + ++n);
  if (n === 2) clearInterval(id);
}, 0);
console.log('typeof interval:', typeof id);
Promise.resolve().then(() => console.log('microtask first'));
