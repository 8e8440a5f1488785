// concat returns a new array and flattens array arguments one level
const a = [1, 2];
console.log(a.concat(3, [4, 5], [[6]]));
console.log(a);
console.log([].concat("x"));
