// A return from inside a for-of closes the loop's iterator first (its return() runs), then any
// finally blocks on the way out run, innermost first.
function numbers(name, limit) {
  let n = 0;
  return {
    [Symbol.iterator]() {
      return this;
    },
    next() {
      n++;
      return n <= limit ? { value: n, done: false } : { value: undefined, done: true };
    },
    return() {
      console.log(`  ${name}.return() at ${n}`);
      return { done: true };
    },
  };
}

function firstAbove(limit) {
  for (const n of numbers('outer', 10)) {
    if (n > limit) return n;
  }
  return -1;
}
console.log('firstAbove(3) =', firstAbove(3));
console.log('firstAbove(20) =', firstAbove(20));

function pair() {
  try {
    for (const a of numbers('a', 5)) {
      for (const b of numbers('b', 5)) {
        if (a + b === 4) return [a, b];
      }
    }
  } finally {
    console.log('  finally');
  }
}
console.log('pair() =', pair());

function* wrapped() {
  for (const n of numbers('inner', 5)) yield n * 100;
}
const generator = wrapped();
console.log(generator.next().value, generator.next().value);
console.log(generator.return('stop'));

const found = [3, 1, 4].find((x) => x > 2);
console.log('plain arrays are untouched:', found);
