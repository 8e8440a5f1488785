// An await on a pending promise resumes right after the resolving callback, before later timers.
let resolveLater;
const gate = new Promise((r) => { resolveLater = r; });
async function waiter() {
  console.log('waiting');
  const v = await gate;
  console.log('woke with', v);
}
waiter();
setTimeout(() => { console.log('timer resolves gate'); resolveLater('key'); }, 10);
setTimeout(() => console.log('later timer'), 60);
