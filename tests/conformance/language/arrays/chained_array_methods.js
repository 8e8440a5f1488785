// map, filter and reduce chain together
const total = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
  .filter((n) => n % 2 === 1)
  .map((n) => n * n)
  .reduce((a, b) => a + b, 0);
console.log(total);
