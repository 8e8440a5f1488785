// Function calls: a small function and a small recursion, called many times.
var N = 200000;
function add(a, b) {
  return a + b;
}
function fib(n) {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}
var total = 0;
for (var i = 0; i < N; i++) total = add(total, fib(6)) % 1000003;
console.log(total);
