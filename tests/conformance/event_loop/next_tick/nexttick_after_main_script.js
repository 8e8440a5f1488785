// nextTick never runs synchronously: it runs right after the main script finishes.
console.log('start');
process.nextTick(() => console.log('nextTick'));
console.log('middle');
setTimeout(() => console.log('timeout'), 0);
console.log('end');
