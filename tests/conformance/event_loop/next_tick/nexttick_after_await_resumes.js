// A nextTick queued after an await runs once all pending microtasks are done.
async function run() {
  await null;
  console.log('resumed');
  process.nextTick(() => console.log('nextTick after resume'));
  await null;
  console.log('resumed again');
}
run();
Promise.resolve().then(() => console.log('other 1')).then(() => console.log('other 2'));
