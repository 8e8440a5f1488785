// interpolations can call functions and evaluate left to right
let count = 0;
function next() { count++; return count; }
console.log(`${next()} ${next()} ${next()}`);
console.log(`total ${count}`);
