// assigning an object copies the reference, so mutation is visible through both names
const a = { n: 1 };
const b = a;
b.n = 2;
console.log(a.n);
const list = [1];
const alias = list;
alias.push(2);
console.log(list);
