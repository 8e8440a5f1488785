// ** is right associative and binds tighter than unary on the right
console.log(2 ** 3 ** 2);
console.log((2 ** 3) ** 2);
console.log((-2) ** 2);
console.log(2 ** -2);
console.log(4 ** 0.5);
