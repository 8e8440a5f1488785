// reduce folds an array with or without an initial value
const a = [1, 2, 3, 4];
console.log(a.reduce((acc, x) => acc + x, 0));
console.log(a.reduce((acc, x) => acc * x));
console.log(["a", "b", "c"].reduce((acc, x) => x + acc, ""));
console.log([].reduce((acc, x) => acc + x, "empty"));
console.log(a.reduceRight((acc, x) => acc + x, ""));
