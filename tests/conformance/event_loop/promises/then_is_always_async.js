// then on an already-resolved promise still runs its callback asynchronously.
const p = Promise.resolve('ready');
p.then((v) => console.log('then', v));
console.log('sync after then');
