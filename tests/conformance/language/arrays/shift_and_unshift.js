// shift removes from the front, unshift inserts at the front
const a = [1, 2, 3];
console.log(a.shift());
console.log(a);
console.log(a.unshift(-1, 0));
console.log(a);
console.log([].shift());
