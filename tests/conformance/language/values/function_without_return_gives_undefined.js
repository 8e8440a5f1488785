// calling a function that has no return statement yields undefined
function noop() {}
function early() { return; }
console.log(noop());
console.log(early());
console.log(typeof noop());
