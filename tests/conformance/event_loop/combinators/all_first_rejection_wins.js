// When several inputs reject, Promise.all reports the earliest rejection.
const r1 = new Promise((_, rej) => setTimeout(() => rej('late'), 100));
const r2 = new Promise((_, rej) => setTimeout(() => rej('early'), 20));
Promise.all([r1, r2]).catch((r) => console.log('reason:', r));
