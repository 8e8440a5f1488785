// objects and arrays compare by identity, not by contents
const a = { x: 1 };
const b = { x: 1 };
const c = a;
console.log(a === b, a === c, a == b);
console.log([1] === [1]);
const arr = [1, 2];
console.log(arr === arr);
