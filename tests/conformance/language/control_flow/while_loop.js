// a while loop runs while the condition holds
let n = 1;
while (n < 100) {
  n *= 3;
}
console.log(n);
let k = 0;
while (false) k++;
console.log(k);
