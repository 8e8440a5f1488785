// * and / bind tighter than + and -, parentheses override
console.log(2 + 3 * 4);
console.log((2 + 3) * 4);
console.log(10 - 4 - 3);
console.log(100 / 10 / 5);
console.log(2 + 12 / 4 * 3 - 1);
