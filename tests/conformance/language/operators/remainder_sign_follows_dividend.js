// % takes the sign of the dividend
console.log(7 % 3);
console.log(-7 % 3);
console.log(7 % -3);
console.log(-7 % -3);
console.log(7 % 0);
console.log(5.5 % 1.5);
