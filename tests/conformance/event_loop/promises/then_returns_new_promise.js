// then always returns a new promise, distinct from the original.
const p = Promise.resolve(1);
const q = p.then((v) => v + 1);
console.log('distinct:', p !== q);
q.then((v) => console.log('q value', v));
