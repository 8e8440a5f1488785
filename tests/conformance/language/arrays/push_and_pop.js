// push appends and returns the new length, pop removes the last element
const a = [1, 2];
console.log(a.push(3));
console.log(a.push(4, 5));
console.log(a);
console.log(a.pop());
console.log(a);
console.log([].pop());
