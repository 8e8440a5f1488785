// After Promise.all rejects, the other inputs still run to completion.
const failing = Promise.reject(new Error('instant'));
const work = new Promise((r) => setTimeout(() => { console.log('work still finishes'); r(); }, 30));
Promise.all([work, failing]).catch((e) => console.log('all failed:', e.message));
