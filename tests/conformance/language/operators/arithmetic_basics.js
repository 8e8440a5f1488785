// the five arithmetic operators on integers and floats
console.log(7 + 3, 7 - 3, 7 * 3, 7 / 3, 7 % 3);
console.log(1.5 + 2.25);
console.log(-7 / 2);
console.log(2 * -0);
