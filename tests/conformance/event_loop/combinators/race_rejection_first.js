// Promise.race rejects if the first input to settle rejects.
const ok = new Promise((r) => setTimeout(() => r('ok'), 100));
const bad = new Promise((_, rej) => setTimeout(() => rej(new Error('timeout')), 30));
Promise.race([ok, bad]).then((v) => console.log('never', v), (e) => console.log('race rejected:', e.message));
