// a while loop with an if/else computes the Collatz sequence
let n = 27;
let steps = 0;
let peak = n;
while (n !== 1) {
  n = n % 2 === 0 ? n / 2 : 3 * n + 1;
  if (n > peak) peak = n;
  steps++;
}
console.log(steps, peak);
