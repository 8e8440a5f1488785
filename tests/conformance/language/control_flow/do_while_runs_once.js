// a do...while body runs at least once even if the condition is false
let runs = 0;
do {
  runs++;
} while (false);
console.log(runs);
let i = 0;
do {
  console.log("i =", i);
  i++;
} while (i < 3);
