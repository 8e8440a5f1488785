// Promise.resolve of a thenable returns a new promise that follows the thenable.
const thenable = { then(res) { res(42); } };
const p = Promise.resolve(thenable);
console.log('same object:', p === thenable);
console.log('has then:', typeof p.then);
p.then((v) => console.log('value', v));
