// A thenable whose then method throws rejects the adopting promise.
const bad = { then() { throw new Error('then exploded'); } };
Promise.resolve(bad).catch((e) => console.log('caught:', e.message));
Promise.resolve().then(() => bad).catch((e) => console.log('chain caught:', e.message));
