// Promise.all rejects as soon as one input rejects, without waiting for slower ones.
const slow = new Promise((r) => setTimeout(() => { console.log('slow still settles'); r('slow'); }, 150));
const failing = new Promise((_, reject) => setTimeout(() => reject(new Error('fail at 50')), 50));
Promise.all([slow, failing]).then(
  () => console.log('never'),
  (e) => console.log('all rejected:', e.message)
);
