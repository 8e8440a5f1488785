// NaN is the only value not equal to itself
const n = NaN;
console.log(n === n);
console.log(n == n);
console.log(n !== n);
console.log(Number.isNaN(n));
console.log([NaN].includes(NaN), [NaN].indexOf(NaN));
