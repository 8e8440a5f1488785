// for...of iterates over the characters of a string
let count = 0;
for (const ch of "hello") {
  console.log(ch);
  count++;
}
console.log(count);
