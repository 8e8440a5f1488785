// a closure captures the variable, not its value at creation time
let x = 1;
const read = () => x;
x = 2;
console.log(read());
x = 3;
console.log(read());
