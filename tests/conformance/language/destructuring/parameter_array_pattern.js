// function parameters can destructure array arguments
function dist([x1, y1], [x2, y2]) {
  return Math.sqrt((x2 - x1) ** 2 + (y2 - y1) ** 2);
}
console.log(dist([0, 0], [3, 4]));
const pairs = [[1, "one"], [2, "two"]];
console.log(pairs.map(([n, w]) => w + "=" + n));
