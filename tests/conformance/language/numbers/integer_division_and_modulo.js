// Math.floor of a division and % give quotient and remainder
const a = 17, b = 5;
console.log(Math.floor(a / b), a % b);
console.log(Math.trunc(-17 / 5), -17 % 5);
console.log(5.5 % 2);
console.log(-0 % 5);
