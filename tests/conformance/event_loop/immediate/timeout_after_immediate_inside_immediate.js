// Inside an immediate, setTimeout(0) runs before the next setImmediate once 1 ms has passed (timers come before check).
setImmediate(() => {
  setImmediate(() => console.log('immediate'));
  setTimeout(() => console.log('timeout'), 0);
  const s = Date.now();
  while (Date.now() - s < 5) {}
});
