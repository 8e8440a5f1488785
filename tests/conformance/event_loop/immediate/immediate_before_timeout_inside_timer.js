// Inside a timer callback, setImmediate always beats setTimeout(0): check phase comes before timers.
setTimeout(() => {
  setTimeout(() => console.log('timeout'), 0);
  setImmediate(() => console.log('immediate'));
}, 0);
