// a closure over an object caches computed results
function memo(fn) {
  const cache = {};
  return (n) => {
    if (n in cache) return "cached " + cache[n];
    cache[n] = fn(n);
    return "computed " + cache[n];
  };
}
const sq = memo((n) => n * n);
console.log(sq(4));
console.log(sq(4));
console.log(sq(5));
