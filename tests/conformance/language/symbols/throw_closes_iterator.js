// An error thrown out of a for-of's body closes the loop's iterator on its way out: a
// generator's finally block runs, a user iterator's return() is called, and the error goes on.
function* tasks() {
  try {
    yield 'wash';
    yield 'cut';
    yield 'cook';
  } finally {
    console.log('  tasks: finally (cleaning the kitchen)');
  }
}

try {
  for (const task of tasks()) {
    console.log('doing', task);
    if (task === 'cut') throw new Error('cut a finger');
  }
} catch (error) {
  console.log('caught:', error.message);
}

const numbers = {
  [Symbol.iterator]() {
    let n = 0;
    return {
      next: () => ({ value: ++n, done: n > 3 }),
      return: () => {
        console.log('  numbers: return() at', n);
        return { done: true };
      },
    };
  },
};
function sumUntilOdd() {
  let sum = 0;
  for (const n of numbers) {
    for (const m of numbers) {
      if ((n + m) % 2 === 1) throw new RangeError(`odd at ${n}+${m}`);
      sum += n + m;
    }
  }
  return sum;
}
try {
  sumUntilOdd();
} catch (error) {
  console.log('caught:', error.name, error.message);
}

// A next() that throws is not closed, and the loop's own catch sees the error.
const failing = { [Symbol.iterator]: () => ({ next() { throw new Error('next failed'); }, return() { console.log('never'); } }) };
try {
  for (const x of failing) console.log(x);
} catch (error) {
  console.log('caught:', error.message);
}

// Caught inside the body, nothing leaves the loop: it goes on.
for (const task of tasks()) {
  try {
    if (task === 'wash') throw new Error('no soap');
    console.log('doing', task);
  } catch (error) {
    console.log('skipped:', error.message);
  }
}
