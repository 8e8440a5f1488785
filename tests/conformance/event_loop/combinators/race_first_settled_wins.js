// Promise.race settles with the first input to settle; later ones are ignored.
const a = new Promise((r) => setTimeout(() => r('A at 100'), 100));
const b = new Promise((r) => setTimeout(() => r('B at 30'), 30));
Promise.race([a, b]).then((v) => console.log('race winner:', v));
a.then((v) => console.log('A still resolves:', v));
