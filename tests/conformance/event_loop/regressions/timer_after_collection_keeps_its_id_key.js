// A promise chain of 3 000 reactions and an async function awaiting 3 000 times, interleaved,
// then a timer: the allocations collect the heap several times before the first timer exists.
// (The runtime once held a property key for timers that no object referenced yet, and the
// collector freed it: a crash in the collector, found from outside.)
let p = Promise.resolve(0);
for (let i = 0; i < 3000; i++) p = p.then((v) => v + 1);
async function loop() {
  let s = 0;
  for (let i = 0; i < 3000; i++) {
    s += await i;
  }
  return s;
}
loop().then((s) => console.log('loop', s));
p.then((v) => console.log('chain', v));
setTimeout(() => console.log('timer'), 5);
