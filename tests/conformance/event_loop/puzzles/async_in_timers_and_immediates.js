// An async function started in a timer finishes its microtask steps before the immediate it scheduled.
async function work(label) {
  console.log(label, 'start');
  await null;
  console.log(label, 'middle');
  await null;
  console.log(label, 'end');
}
setTimeout(() => {
  setImmediate(() => work('immediate'));
  work('timer');
}, 0);
