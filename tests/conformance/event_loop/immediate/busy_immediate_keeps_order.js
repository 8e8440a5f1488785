// Queued immediates run even after a busy immediate; order is unchanged by the delay.
setImmediate(() => {
  console.log('slow start');
  const s = Date.now();
  while (Date.now() - s < 30) {}
  console.log('slow end');
});
setImmediate(() => console.log('fast'));
