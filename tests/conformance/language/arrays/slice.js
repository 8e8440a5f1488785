// slice copies a range without modifying the original, negative indexes count from the end
const a = [0, 1, 2, 3, 4];
console.log(a.slice(1, 3));
console.log(a.slice(2));
console.log(a.slice(-2));
console.log(a.slice(1, -1));
console.log(a.slice(3, 1));
console.log(a.slice());
console.log(a);
