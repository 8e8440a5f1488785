// Handlers on a pending promise are queued when it resolves, after microtasks queued earlier.
let resolveP;
const p = new Promise((r) => { resolveP = r; });
p.then(() => console.log('p then'));
queueMicrotask(() => console.log('micro 1'));
resolveP();
queueMicrotask(() => console.log('micro 2'));
