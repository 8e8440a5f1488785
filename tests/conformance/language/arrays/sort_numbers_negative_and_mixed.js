// default sort orders negative numbers and decimals as strings
console.log([-1, -10, 2, -2, 1.5, 0].sort());
console.log([-1, -10, 2, -2, 1.5, 0].sort((a, b) => a - b));
console.log([-1, -10, 2, -2, 1.5, 0].sort((a, b) => b - a));
