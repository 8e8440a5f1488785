// Three consumers of async iteration interleave with nextTick, queueMicrotask and two manual
// next() calls; a generator that throws with nobody listening ends the run as Node does.
async function* a() { for (let i = 0; i < 3; i++) { console.log('a', i); yield i; } }
async function* b() { for (let i = 0; i < 3; i++) { console.log('b', i); await null; yield i; } }
async function consume(name, gen) { for await (const v of gen) console.log(name, 'got', v); console.log(name, 'done'); }
consume('A', a());
consume('B', b());
consume('C', [Promise.resolve('p'), 'q']);
process.nextTick(() => console.log('nextTick'));
queueMicrotask(() => console.log('microtask'));
const it = a();
it.next().then(r => console.log('manual', r));
it.next().then(r => console.log('manual', r));
async function* thrower() { yield 1; throw new Error('unhandled from generator'); }
(async () => { const t = thrower(); await t.next(); t.next(); })();
