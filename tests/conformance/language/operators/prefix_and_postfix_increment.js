// prefix ++/-- returns the new value, postfix returns the old one
let i = 5;
console.log(i++);
console.log(i);
console.log(++i);
console.log(i--);
console.log(--i);
console.log(i);
