// An interval whose callback is a built-in function: no JavaScript of the program's own runs,
// yet the loop never ends. Each call counts as an instruction, so the limits still stop it.
setInterval(Math.max, 1);
console.log('start');
