// await in a loop yields on every iteration, letting other microtasks interleave.
async function loop() {
  for (let i = 0; i < 3; i++) {
    console.log('loop', i);
    await null;
  }
  console.log('loop done');
}
loop();
Promise.resolve()
  .then(() => console.log('other 1'))
  .then(() => console.log('other 2'))
  .then(() => console.log('other 3'));
