// A timer created before a long synchronous loop is due before a shorter timer created after it.
setTimeout(() => console.log('50 ms, created first'), 50);
const start = Date.now();
while (Date.now() - start < 200) {}
setTimeout(() => console.log('0 ms, created after loop'), 0);
console.log('loop done');
