// Every timer handle is garbage before the next timer is created, so the runtime's own
// property keys and prototypes must stay alive by themselves.
let count = 0;
function next() {
  if (++count > 5) return;
  const garbage = [];
  for (let i = 0; i < 2000; i++) garbage.push({ i, text: 'x' + i });
  Promise.resolve().then(() => {
    const t = setTimeout(() => {
      console.log('timer', count, typeof t.ref);
      setImmediate(next);
    }, count);
  });
}
next();
const i = setInterval(() => {
  console.log('interval');
  clearInterval(i);
}, 3);
