// nested loops can stop early using a flag and break
const grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]];
let found = null;
for (let r = 0; r < grid.length && !found; r++) {
  for (let c = 0; c < grid[r].length; c++) {
    if (grid[r][c] === 5) { found = [r, c]; break; }
  }
}
console.log(found);
