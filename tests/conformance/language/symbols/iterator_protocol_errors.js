// Leaving a for-of early calls the iterator's return(); broken iterators fail with V8's words.
function logged(limit) {
  let n = 0;
  return {
    [Symbol.iterator]() {
      console.log('  [Symbol.iterator] called');
      return this;
    },
    next() {
      n++;
      return { value: n, done: n > limit };
    },
    return() {
      console.log('  return() called at', n);
      return { done: true };
    },
  };
}

console.log('break:');
for (const n of logged(5)) {
  if (n === 2) break;
  console.log('  got', n);
}
console.log('run to the end:');
for (const n of logged(2)) console.log('  got', n);

const broken = [
  ['not iterable', () => { for (const x of { a: 1 }) console.log(x); }],
  ['iterator method not callable', () => [...{ [Symbol.iterator]: 5 }]],
  ['iterator is not an object', () => [...{ [Symbol.iterator]() { return 1; } }]],
  ['next missing', () => { for (const x of { [Symbol.iterator]() { return {}; } }) console.log(x); }],
  ['result not an object', () => [...{ [Symbol.iterator]() { return { next() { return 3; } }; } }]],
  ['spread of a number', () => [...7]],
];
for (const [name, attempt] of broken) {
  try {
    attempt();
    console.log(name, 'worked');
  } catch (error) {
    console.log(name, '->', error.name + ':', error.message);
  }
}
