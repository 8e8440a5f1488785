// the comma operator evaluates left to right and yields the last value
let a = (1, 2, 3);
console.log(a);
let i, j;
for (i = 0, j = 10; i < j; i += 3, j -= 3) {
  console.log(i, j);
}
