// break exits the innermost loop only
for (let i = 0; i < 3; i++) {
  for (let j = 0; j < 3; j++) {
    if (j === 1) break;
    console.log(i, j);
  }
}
let n = 0;
while (true) { if (++n === 4) break; }
console.log(n);
