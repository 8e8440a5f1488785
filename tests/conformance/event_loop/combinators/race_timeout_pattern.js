// Racing work against a timeout: the faster work wins and the timer still fires later.
const work = new Promise((r) => setTimeout(() => r('work done'), 50));
const timeout = new Promise((_, rej) => setTimeout(() => { console.log('timeout timer fires'); rej(new Error('too slow')); }, 200));
timeout.catch(() => {});
Promise.race([work, timeout]).then((v) => console.log('result:', v), (e) => console.log('error:', e.message));
