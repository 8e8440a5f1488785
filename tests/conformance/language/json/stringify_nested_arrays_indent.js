// nested arrays are pretty printed one element per line
console.log(JSON.stringify([[1, 2], [], [[3]]], null, 2));
console.log(JSON.stringify({ rows: [[1], [2, 3]] }, null, 1));
console.log(JSON.stringify([[]], null, 4));
