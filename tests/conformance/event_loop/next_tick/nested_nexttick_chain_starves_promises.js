// A chain of nextTicks runs entirely before the first promise callback.
Promise.resolve().then(() => console.log('promise'));
let n = 0;
function tick() {
  n++;
  console.log('tick ' + n);
  if (n < 5) process.nextTick(tick);
}
process.nextTick(tick);
