// Node's event loop starts a few milliseconds after the main script has run (Node finishes
// starting up in between; about 5 ms on the machine this was recorded on). So a 1 ms timer made
// at the very end of a long main script is already due in the loop's first timers phase and runs
// in the 1 ms list, before a 12 ms timer made at the start. Found by tests/differential.
setTimeout(() => console.log('1 ms timer made first'), 1);
setTimeout(() => console.log('12 ms timer made first'), 12);
const until = Date.now() + 50;
while (Date.now() < until) {}
setTimeout(() => console.log('1 ms timer made after 50 ms of work'), 1);
console.log('main end');
