// The order of ticks: a yield awaits its value, next() promises settle in order, and other
// promise chains interleave as in Node.
async function* ticker() {
  console.log('body starts');
  yield 'a';
  console.log('after a');
  const got = yield Promise.resolve('b');
  console.log('sent in:', got);
  await new Promise((resolve) => setTimeout(resolve, 1));
  yield 'c';
  return 'done';
}

function chain(label, n) {
  let p = Promise.resolve();
  for (let i = 1; i <= n; i++) p = p.then(() => console.log(label, i));
}

async function main() {
  const it = ticker();
  chain('tick', 6);
  const first = it.next();
  const second = it.next('x');
  const third = it.next('y');
  console.log('queued three');
  first.then((r) => console.log('first', r));
  second.then((r) => console.log('second', r));
  third.then((r) => console.log('third', r));
  console.log('fourth', await it.next());
  console.log('fifth', await it.next());
  setTimeout(() => console.log('timer'), 0);
  setImmediate(() => console.log('immediate'));
}

main().then(() => console.log('main done'));
