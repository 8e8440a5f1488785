// map returns a new array of callback results and passes the index
const a = [1, 2, 3];
console.log(a.map((x) => x * 10));
console.log(a.map((x, i) => x + ":" + i));
console.log(a);
console.log(["1", "2", "3"].map(Number));
