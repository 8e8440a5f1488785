// functions can be stored, passed and returned like any value
function apply(fn, x) { return fn(x); }
const ops = { inc: (x) => x + 1, neg: (x) => -x };
console.log(apply(ops.inc, 1), apply(ops.neg, 5));
const list = [Math.abs, String, (x) => x * x];
console.log(list.map((f) => f(-3)));
