// ${} inserts expression values into template literals
const name = "Ada";
const n = 3;
console.log(`Hello, ${name}!`);
console.log(`${n} + ${n} = ${n + n}`);
console.log(`${"nested"}`);
