// A throw out of a for-of body closes the iterator; if closing throws too, the body's error is
// the one that goes on. A break or a destructuring has no error of its own: closing's counts.
const iterable = {
  [Symbol.iterator]() {
    return {
      next() { return { value: 1, done: false }; },
      return() { throw new Error('from return'); },
    };
  },
};
try { for (const x of iterable) throw new Error('from body'); } catch (e) { console.log(e.message); }

function* guarded() {
  try {
    yield 1;
  } finally {
    throw new Error('from finally');
  }
}
try { for (const x of guarded()) throw new Error('body wins'); } catch (e) { console.log(e.message); }
try { for (const x of iterable) break; } catch (e) { console.log('break:', e.message); }
try { const [a] = iterable; } catch (e) { console.log('destructuring:', e.message); }
function* counted() {
  try { yield 1; yield 2; } finally { console.log('counted closed'); }
}
try { for (const x of counted()) throw new TypeError('typed'); } catch (e) { console.log(e.name, e.message); }
