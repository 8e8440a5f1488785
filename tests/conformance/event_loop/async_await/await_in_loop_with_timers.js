// Awaiting a timer in a loop makes each iteration wait for the previous one.
const wait = (ms) => new Promise((r) => setTimeout(r, ms));
async function run() {
  for (const ms of [100, 10, 100]) {
    await wait(ms);
    console.log('waited', ms);
  }
}
run();
setTimeout(() => console.log('independent 160'), 160);
