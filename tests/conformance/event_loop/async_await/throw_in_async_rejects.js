// A throw in an async function rejects its promise instead of throwing at the call site.
async function f() {
  console.log('f runs');
  throw new Error('async throw');
}
const p = f();
console.log('call returned a promise:', typeof p.then);
p.catch((e) => console.log('caught later:', e.message));
