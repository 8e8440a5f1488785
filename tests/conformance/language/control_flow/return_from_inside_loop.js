// return from inside nested loops leaves the function immediately
function firstPair(n, target) {
  for (let i = 0; i < n; i++) {
    for (let j = i; j < n; j++) {
      if (i * j === target) return i + "*" + j;
    }
  }
  return "none";
}
console.log(firstPair(10, 12), firstPair(3, 100));
