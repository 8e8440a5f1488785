// A paced stream: an async generator waits on timers between values, a for await reads it,
// while an interval and immediates go on around it.
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function* ticks(count, every) {
  for (let i = 1; i <= count; i++) {
    await sleep(every);
    yield `tick ${i} at ${every * i} ms`;
  }
}

async function main() {
  const started = Date.now();
  const heartbeat = setInterval(() => console.log('heartbeat'), 75);
  for await (const tick of ticks(3, 30)) {
    console.log(tick);
    setImmediate(() => console.log('immediate after', tick));
  }
  clearInterval(heartbeat);
  console.log('stream over, took at least 90 ms:', Date.now() - started >= 90);
}

main();
