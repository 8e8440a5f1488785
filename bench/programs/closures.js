// Closures: creating counters that capture variables, and calling them.
var N = 200000;
function makeCounter(step) {
  var count = 0;
  return function () {
    count += step;
    return count;
  };
}
var total = 0;
for (var i = 0; i < N; i++) {
  var next = makeCounter(i % 5);
  next();
  total = (total + next()) % 1000003;
}
console.log(total);
