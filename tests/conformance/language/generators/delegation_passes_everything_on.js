// yield* passes next's values, throw() and return() on to the generator it delegates to, and
// its value is that generator's return value.
function* inner() {
  try {
    const a = yield 'inner asks a';
    console.log('inner got', a);
    const b = yield 'inner asks b';
    console.log('inner got', b);
    return a + b;
  } finally {
    console.log('inner finally');
  }
}
function* outer() {
  const sum = yield* inner();
  console.log('yield* gave', sum);
  yield 'outer goes on';
}
const o = outer();
console.log(o.next(), o.next(1), o.next(2), o.next(), o.next());

function* catcher() {
  try {
    yield 1;
  } catch (error) {
    console.log('inner caught', error.message);
    return 'handled';
  }
}
function* wrapper() {
  const result = yield* catcher();
  console.log('wrapper sees', result);
}
const w = wrapper();
console.log(w.next(), w.throw(new Error('from outside')));

const r = outer();
r.next();
console.log(r.return('stop'), r.next());

function* overArray() {
  try {
    yield* [1, 2, 3];
  } catch (error) {
    console.log(error.name + ':', error.message);
  }
}
const a = overArray();
a.next();
console.log(a.throw(new Error('x')));
const empty = (function* () { const v = yield* []; console.log('empty yield* gave', v); })();
console.log(empty.next());
for (const v of outer()) {
  console.log('for-of', v);
  if (v === 'inner asks b') break;
}
function* bad() {
  yield* 5;
}
try {
  bad().next();
} catch (error) {
  console.log(error.name + ':', error.message);
}
