// Timer promises created up front run in parallel; awaiting them later collects the results.
const sleep = (ms, label) => new Promise((r) => setTimeout(() => { console.log('timer', label); r(label); }, ms));
async function main() {
  const start = Date.now();
  const a = sleep(150, 'a');
  const b = sleep(50, 'b');
  console.log('got', await a, await b);
  console.log('parallel took < 280:', Date.now() - start < 280);
}
main();
