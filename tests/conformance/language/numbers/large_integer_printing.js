// factorial of 20 prints as a plain integer, larger values switch to exponent form
let f = 1;
for (let i = 1; i <= 20; i++) f *= i;
console.log(f);
console.log(f * 21);
console.log(f * 21 * 22);
