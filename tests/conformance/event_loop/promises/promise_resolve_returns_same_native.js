// Promise.resolve of a native promise returns it unchanged, so no extra ticks are added.
const p = new Promise((r) => r('x'));
console.log('same object:', Promise.resolve(p) === p);
Promise.resolve(p).then(() => console.log('via Promise.resolve'));
new Promise((r) => r(p)).then(() => console.log('via new Promise resolve'));
p.then(() => console.log('direct'));
