// arrow functions with expression and block bodies
const double = (x) => x * 2;
const sum = (a, b) => {
  return a + b;
};
const noArgs = () => "none";
const objLit = () => ({ k: 1 });
console.log(double(4), sum(1, 2), noArgs(), objLit());
