// assignment is an expression and chains right to left
let a, b, c;
a = b = c = 7;
console.log(a, b, c);
let x;
console.log((x = 3) + 1);
console.log(x);
