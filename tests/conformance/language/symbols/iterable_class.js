// A class made iterable with [Symbol.iterator]: every place that iterates takes it.
class Range {
  constructor(from, to) {
    this.from = from;
    this.to = to;
  }
  [Symbol.iterator]() {
    let current = this.from;
    const last = this.to;
    return {
      next() {
        return current <= last ? { value: current++, done: false } : { value: undefined, done: true };
      },
    };
  }
}

const range = new Range(1, 4);
for (const n of range) console.log('for-of', n);
console.log([...range], Math.max(...range));
const [first, second, ...rest] = range;
console.log(first, second, rest);
console.log(Array.from(range), Array.from(range, (n) => n * 10));
console.log(new Set(range).size, new Map([...range].map((n) => [n, n * n])).get(3));
console.log(typeof range[Symbol.iterator], Range.prototype[Symbol.iterator].name);

// A generator method is the usual way to write one.
class Countdown {
  constructor(start) {
    this.start = start;
  }
  *[Symbol.iterator]() {
    for (let n = this.start; n > 0; n--) yield n;
  }
}
console.log([...new Countdown(3)], Array.from(new Countdown(2)));

const words = { *[Symbol.iterator]() { yield 'a'; yield 'b'; } };
function* both() {
  yield* words;
  yield* new Range(7, 8);
}
console.log([...both()]);

// The built-in iterables expose the same method.
const arrayIterator = [10, 20][Symbol.iterator]();
console.log(arrayIterator.next(), arrayIterator.next(), arrayIterator.next());
console.log([...'hi'[Symbol.iterator]()], [...new Map([[1, 2]])[Symbol.iterator]()]);
console.log([][Symbol.iterator] === [].values, new Set([5])[Symbol.iterator]().next().value);

Promise.all(new Range(1, 3)).then((values) => console.log('Promise.all', values));
