// destructuring assignment into existing variables needs parentheses for objects
let a, b;
({ a, b } = { a: 1, b: 2 });
console.log(a, b);
const target = {};
({ x: target.first, y: target.second } = { x: "X", y: "Y" });
console.log(target);
