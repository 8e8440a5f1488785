// reverse reverses in place and returns the same array
const a = [1, 2, 3];
const r = a.reverse();
console.log(a, r, a === r);
