// An interval whose callback throws stays armed: with a listener, it fires again.
let count = 0;
process.on('uncaughtException', (err) => {
  console.log('listener:', err.message);
  if (count === 3) clearInterval(interval);
});
const interval = setInterval(() => {
  count += 1;
  console.log('interval', count);
  throw new Error('interval failed ' + count);
}, 10);
