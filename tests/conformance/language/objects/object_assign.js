// Object.assign copies properties left to right into the target
const target = { a: 1, b: 1 };
const result = Object.assign(target, { b: 2, c: 2 }, { c: 3 });
console.log(result);
console.log(result === target);
const copy = Object.assign({}, { x: 1 });
console.log(copy);
