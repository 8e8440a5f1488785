// modifying a captured parameter inside the closure persists across calls
function accumulator(total) {
  return (n) => (total += n);
}
const acc = accumulator(100);
acc(1);
acc(10);
console.log(acc(0));
