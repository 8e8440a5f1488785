// clearImmediate cancels a queued immediate.
const a = setImmediate(() => console.log('A'));
const b = setImmediate(() => console.log('B (cleared)'));
setImmediate(() => console.log('C'));
clearImmediate(b);
console.log('typeof immediate:', typeof a);
