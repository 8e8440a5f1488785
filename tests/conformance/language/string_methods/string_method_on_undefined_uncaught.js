// calling a string method on undefined throws an uncaught TypeError
const user = { name: "x" };
console.log(user.name.toUpperCase());
console.log(user.nickname.toUpperCase());
