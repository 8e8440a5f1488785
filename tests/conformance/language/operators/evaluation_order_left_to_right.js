// operands of binary operators are evaluated left to right
const log = [];
function v(n) { log.push(n); return n; }
const r = v(1) + v(2) * v(3) - v(4);
console.log(r);
console.log(log);
