// A promise resolved inside a nextTick queues its then behind the microtasks the script already queued.
let resolveIt;
const p = new Promise((r) => { resolveIt = r; });
p.then(() => console.log('p resolved by tick'));
Promise.resolve().then(() => console.log('plain promise'));
process.nextTick(() => { console.log('tick resolves'); resolveIt(); });
process.nextTick(() => console.log('tick 2'));
