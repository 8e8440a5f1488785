// Sequential awaits of timer promises run one after another.
const sleep = (ms, label) => new Promise((r) => setTimeout(() => { console.log('timer', label); r(label); }, ms));
async function main() {
  const start = Date.now();
  await sleep(100, 'a');
  await sleep(100, 'b');
  console.log('sequential took >= 200:', Date.now() - start >= 200);
}
main();
