// Leaving a for await early calls return() and awaits it; finally blocks in the generator run.
async function* resource(name) {
  try {
    console.log(name, 'open');
    yield 1;
    yield 2;
    yield 3;
  } finally {
    await null;
    console.log(name, 'closed');
  }
}

async function firstOnly() {
  for await (const x of resource('break')) {
    console.log('got', x);
    break;
  }
  console.log('after break');
}

async function returnEarly() {
  for await (const x of resource('return')) {
    if (x === 2) return 'returned at ' + x;
  }
}

async function throwInside() {
  try {
    for await (const x of resource('throw')) {
      throw new Error('boom at ' + x);
    }
  } catch (e) {
    console.log('caught', e.message);
  }
}

async function nested() {
  outer: for await (const a of resource('outer')) {
    for await (const b of resource('inner')) {
      console.log('pair', a, b);
      if (b === 2) continue outer;
    }
  }
}

// A user's async iterator: next() and return() called as the protocol says.
function tracked() {
  let i = 0;
  return {
    [Symbol.asyncIterator]() {
      console.log('asyncIterator called');
      return this;
    },
    next() {
      i++;
      console.log('next', i);
      return Promise.resolve({ value: i, done: i > 3 });
    },
    return(v) {
      console.log('return called with', v);
      return { done: true };
    },
  };
}

async function main() {
  await firstOnly();
  console.log(await returnEarly());
  await throwInside();
  await nested();
  for await (const v of tracked()) {
    if (v === 2) break;
  }
  for await (const v of tracked()) console.log('all', v);
}

main();
