// What a message can carry: cycles, Map, Set, Date, errors; a class instance arrives plain.
const { Worker, isMainThread, parentPort } = require('worker_threads');
if (isMainThread) {
  const w = new Worker(__filename);
  const cyclic = { name: 'loop' };
  cyclic.self = cyclic;
  w.postMessage({ cyclic, map: new Map([['k', [1, 2]]]), set: new Set(['x']), date: new Date(86400000),
                  error: new RangeError('too far'), holes: [1, , 3], nothing: null, undef: undefined });
  w.on('message', (m) => console.log(m));
} else {
  parentPort.once('message', (m) => {
    console.log(m.cyclic.self === m.cyclic, m.map.get('k'), m.set.has('x'), m.date.toISOString());
    console.log(m.error instanceof RangeError, m.error.message, 1 in m.holes, m.holes.length, m.nothing, m.undef);
    parentPort.postMessage('checked');
  });
}
