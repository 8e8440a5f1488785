// recursive functions compute fibonacci numbers
function fib(n) {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}
const out = [];
for (let i = 0; i <= 15; i++) out.push(fib(i));
console.log(out.join(" "));
