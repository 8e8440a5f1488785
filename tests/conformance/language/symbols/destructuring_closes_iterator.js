// Array destructuring takes only the values it needs, then closes the iterator: a generator's
// finally block runs, a user iterator's return() is called; one that ran out is left alone.
function* letters() {
  try {
    yield 'a';
    yield 'b';
    yield 'c';
  } finally {
    console.log('  letters: finally');
  }
}
const [first, second] = letters();
console.log(first, second);
const [only] = letters();
console.log(only);
const [, , third, fourth] = letters();
console.log(third, fourth);
const [head, ...tail] = letters();
console.log(head, tail);

function counter(limit) {
  let n = 0;
  return {
    [Symbol.iterator]() {
      return this;
    },
    next() {
      n++;
      console.log('  next() ->', n <= limit ? n : 'done');
      return { value: n, done: n > limit };
    },
    return() {
      console.log('  return() at', n);
      return {};
    },
  };
}
const [x, y] = counter(5);
console.log(x, y);
const [p, q, r] = counter(1);
console.log(p, q, r);
let swapA = 1;
let swapB = 2;
[swapA, swapB] = [swapB, swapA];
console.log(swapA, swapB);
