// unbounded recursion throws a RangeError that can be caught
function forever(n) { return forever(n + 1) + 1; }
try {
  forever(0);
} catch (e) {
  console.log(e instanceof RangeError);
  console.log(e.message);
}
