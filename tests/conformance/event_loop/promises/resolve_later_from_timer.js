// A promise resolved in a timer runs its then after that timer and before the next timer.
const p = new Promise((resolve) => setTimeout(() => { console.log('timer resolves'); resolve('v'); }, 10));
p.then((v) => console.log('then', v));
setTimeout(() => console.log('later timer'), 60);
console.log('sync');
