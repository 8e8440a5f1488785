// closures compose functions together
const compose = (...fns) => (x) => fns.reduceRight((acc, f) => f(acc), x);
const inc = (x) => x + 1;
const dbl = (x) => x * 2;
console.log(compose(inc, dbl)(5));
console.log(compose(dbl, inc)(5));
console.log(compose()(5));
