// an uncaught temporal dead zone access aborts the program
console.log("start");
console.log(value);
let value = 3;
