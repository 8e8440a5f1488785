// Loop arithmetic: integer and floating-point operations in a tight loop.
var N = 3000000;
var sum = 0;
var x = 1.5;
for (var i = 0; i < N; i++) {
  sum = (sum + i * 7) % 1000003;
  x = x * 1.0000001 + 0.5 - 0.5;
}
console.log(sum, Math.floor(x));
