// Course classics: an endless sequence is fine, because values are made only when asked for.
function* naturals() {
  let n = 1;
  while (true) yield n++;
}
function* fibonacci() {
  let [a, b] = [0, 1];
  while (true) {
    yield a;
    [a, b] = [b, a + b];
  }
}
function* take(count, iterable) {
  if (count <= 0) return;
  for (const value of iterable) {
    yield value;
    if (--count === 0) return;
  }
}
function* map(iterable, fn) {
  for (const value of iterable) yield fn(value);
}
function* filter(iterable, keep) {
  for (const value of iterable) if (keep(value)) yield value;
}
console.log([...take(10, fibonacci())]);
console.log([...take(5, filter(map(naturals(), (n) => n * n), (n) => n % 2 === 1))]);
const ids = naturals();
const nextId = () => ids.next().value;
console.log(nextId(), nextId(), nextId());
