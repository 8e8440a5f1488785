// Requests queued while the generator awaits, return() with a thenable, and every way out of
// a for await loop (break, labelled break, continue, throw, a failing next() or return()).
async function* g() {
  try {
    yield 1;
    await new Promise(r => setTimeout(r, 2));
    yield 2;
  } finally {
    console.log('finally start');
    await null;
    yield 'from finally';
    console.log('finally end');
  }
}
async function main() {
  const it = g();
  console.log(await it.next());
  const p2 = it.next();          // runs into the timer await
  const pr = it.return('R');     // queued while running
  const pt = it.throw(new Error('T')); // queued too
  console.log(await p2);
  console.log(await pr);
  try { console.log(await pt); } catch (e) { console.log('pt rejected', e.message); }
  console.log(await it.next());
  // return() whose value rejects with a thenable
  const it2 = g();
  await it2.next();
  const thenable = { then(res) { console.log('then called'); res('via thenable'); } };
  console.log(await it2.return(thenable));
  console.log(await it2.next());
  console.log(await it2.next());
  // this and arguments
  const obj = { tag: 'obj', async *m() { yield this.tag; yield arguments.length; } };
  for await (const v of obj.m(1, 2, 3)) console.log(v);
  // outer variable and destructuring defaults
  let last;
  for await (last of [1, 2]) {}
  console.log('last', last);
  for await (const { a = 'dflt', b } of [{ b: 1 }, { a: 'A', b: 2 }]) console.log(a, b);
  for await (var vv of [7]) {}
  console.log('vv', vv);
  // break with a return() that gives a non-object
  try {
    for await (const x of { [Symbol.asyncIterator]() { return { next() { return { value: 1, done: false }; }, return() { return 5; } }; } }) break;
  } catch (e) { console.log(e.constructor.name, e.message); }
  // throw in body where return() rejects: the body's error wins
  try {
    for await (const x of { [Symbol.asyncIterator]() { return { next() { return { value: 1, done: false }; }, return() { return Promise.reject(new Error('from return')); } }; } }) throw new Error('from body');
  } catch (e) { console.log(e.message); }
  // next() rejects: return() not called
  try {
    for await (const x of { [Symbol.asyncIterator]() { return { next() { return Promise.reject(new Error('next failed')); }, return() { console.log('SHOULD NOT'); return {}; } }; } }) {}
  } catch (e) { console.log(e.message); }
  // continue in for await
  for await (const x of [1, 2, 3]) { if (x === 2) continue; console.log('c', x); }
  // labeled break out of two levels
  out: for await (const a of [1, 2]) { for await (const b of g()) { console.log(a, b); break out; } }
  console.log('end');
}
main();
