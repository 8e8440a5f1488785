// length reflects the highest index and can be set to truncate
const a = [1, 2, 3, 4, 5];
console.log(a.length);
a.length = 2;
console.log(a);
a.push(9);
console.log(a, a.length);
console.log([].length, [[]].length);
