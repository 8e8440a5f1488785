// a named function expression can refer to itself by its name
const fact = function inner(n) {
  return n <= 1 ? 1 : n * inner(n - 1);
};
console.log(fact(5));
console.log(fact.name);
console.log(typeof inner);
