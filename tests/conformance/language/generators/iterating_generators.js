// A generator object is iterable: for...of, spread, destructuring, Array.from, Map and Set
// take its values until it is done (the return value is not one of them).
function* range(start, end, step = 1) {
  for (let i = start; i < end; i += step) yield i;
  return 'not included';
}
for (const n of range(0, 3)) console.log('for-of', n);
console.log([...range(0, 10, 3)]);
const [first, second, ...others] = range(10, 15);
console.log(first, second, others);
console.log(Array.from(range(1, 4)), Array.from(range(1, 4), (x) => x * x));
function* entries() {
  yield ['one', 1];
  yield ['two', 2];
}
console.log(new Map(entries()), new Set(range(0, 3)));
console.log(Math.max(...range(0, 5)));
