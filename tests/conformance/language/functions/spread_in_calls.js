// spread expands an array into separate call arguments
function three(a, b, c) { return a + b + c; }
const nums = [1, 2, 3];
console.log(three(...nums));
console.log(Math.max(...[4, 9, 2]));
console.log(three(0, ...[10, 20]));
console.log(three(..."abc"));
