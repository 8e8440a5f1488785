// a recursion a few thousand levels deep completes
function sumTo(n) {
  return n === 0 ? 0 : n + sumTo(n - 1);
}
console.log(sumTo(1000));
console.log(sumTo(5000));
