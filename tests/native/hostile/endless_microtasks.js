// Each microtask queues the next: the microtask queue never empties, so no timer, I/O or
// setImmediate callback ever runs, and the program never ends.
console.log('start');
function f() { Promise.resolve().then(f); }
f();
setTimeout(() => console.log('never printed'), 0);
