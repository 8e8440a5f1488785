// for await over sync iterables: each value is awaited, promises included.
function later(value, ms) {
  return new Promise((resolve) => setTimeout(() => resolve(value), ms));
}

function* numbers() {
  try {
    yield 1;
    yield later(2, 5);
    yield 3;
  } finally {
    console.log('numbers finally');
  }
}

async function main() {
  for await (const x of [later('slow', 10), 'plain', later('fast', 1)]) console.log(x);
  for await (const ch of 'hi') console.log(ch);
  for await (const [k, v] of new Map([['a', 1], ['b', 2]])) console.log(k, v);
  for await (const n of numbers()) {
    console.log('n', n);
    if (n === 2) break;
  }
  try {
    for await (const x of [1, Promise.reject(new Error('rejected item')), 3]) console.log('item', x);
  } catch (e) {
    console.log('caught', e.message);
  }
  let count = 0;
  for await (const x of new Set([10, 20])) count += x;
  console.log('sum', count);
}

const order = [];
Promise.resolve().then(() => order.push('t1')).then(() => order.push('t2')).then(() => order.push('t3'));
(async () => {
  for await (const x of [1, 2]) order.push('x' + x);
  console.log(order.join(' '));
})();
main();
