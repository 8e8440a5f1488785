// +timeout gives the timer's id (its async id: Timeouts, Immediates and nextTicks number
// themselves from one counter, and so do the first writes to stdout); clearTimeout and
// clearInterval take that number or its string, once the id was asked for.
const a = setTimeout(() => console.log('a fires'), 1);
const b = setTimeout(() => console.log('b cleared by number'), 1);
const c = setInterval(() => console.log('c cleared by string'), 1);
console.log(+a, +b, `${c}`, String(a), a + 1, a > 1);
clearTimeout(+b);
clearInterval(String(+c));
const d = setTimeout(() => console.log('d not cleared: its id was never asked for'), 2);
clearTimeout(+a + 3);
const e = setTimeout(() => console.log('e not cleared: "0" + id is another key'), 2);
clearTimeout('0' + +e);
process.nextTick(() => {
  console.log('tick');
  const f = setTimeout(() => {}, 1);
  console.log('f', +f);
});
setTimeout(() => {
  const g = setTimeout(() => console.log('g not cleared: a finished timer forgets its id'), 3);
  console.log('g', +g);
  setImmediate(() => console.log('immediate'));
  clearTimeout(+a);
  console.log('h', +setTimeout(() => {}, 1));
}, 2);
