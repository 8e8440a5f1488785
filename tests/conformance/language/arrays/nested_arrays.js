// arrays can contain arrays, accessed with chained indexes
const m = [[1, 2], [3, 4], [5, 6]];
console.log(m[1][0]);
console.log(m.map((row) => row[0] + row[1]));
m[2][1] = 60;
console.log(m);
