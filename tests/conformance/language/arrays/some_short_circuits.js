// some and every stop calling the callback once the result is known
const visited = [];
[1, 2, 3, 4].some((x) => { visited.push(x); return x === 2; });
console.log(visited);
const v2 = [];
[1, 2, 3, 4].every((x) => { v2.push(x); return x < 3; });
console.log(v2);
