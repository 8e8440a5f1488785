// find returns the first match and findIndex its position, or undefined / -1
const users = [{ id: 1, n: "a" }, { id: 2, n: "b" }, { id: 3, n: "b" }];
console.log(users.find((u) => u.n === "b"));
console.log(users.findIndex((u) => u.n === "b"));
console.log(users.find((u) => u.id > 5));
console.log(users.findIndex((u) => u.id > 5));
console.log([5, 12, 8].findLast((x) => x > 6), [5, 12, 8].findLastIndex((x) => x > 100));
