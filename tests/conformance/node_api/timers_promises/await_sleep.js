// Awaiting a delay in a loop, the way course examples sleep between steps.
const { setTimeout: sleep, setImmediate } = require('timers/promises');

async function countdown() {
  for (let i = 3; i > 0; i--) {
    console.log(i);
    await sleep(20);
  }
  const value = await setImmediate('liftoff');
  console.log(value);
}

countdown();
setTimeout(() => console.log('a plain timer at 30ms'), 30);
