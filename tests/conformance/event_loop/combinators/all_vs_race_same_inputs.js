// With the same timer inputs, race settles at the first timer and all at the last.
const mk = (v, ms) => new Promise((r) => setTimeout(() => { console.log('timer', v); r(v); }, ms));
const inputs = [mk('a', 100), mk('b', 20), mk('c', 60)];
Promise.race(inputs).then((v) => console.log('race ->', v));
Promise.all(inputs).then((v) => console.log('all ->', v.join('')));
