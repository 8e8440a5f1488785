// array destructuring binds elements by position
const [a, b, c] = [1, 2, 3];
console.log(a, b, c);
const [x, y] = [10];
console.log(x, y);
const [p] = "hi";
console.log(p);
