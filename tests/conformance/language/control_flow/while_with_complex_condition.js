// a while condition can combine several checks
const items = [3, 8, 1, 9, 4];
let i = 0;
let sum = 0;
while (i < items.length && sum + items[i] <= 12) {
  sum += items[i];
  i++;
}
console.log(i, sum);
