// a comparator sorts numerically ascending or descending
const a = [10, 9, 1, 100, 25];
console.log(a.slice().sort((x, y) => x - y));
console.log(a.slice().sort((x, y) => y - x));
