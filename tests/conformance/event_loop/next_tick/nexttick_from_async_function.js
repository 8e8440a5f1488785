// A nextTick queued before an await runs before the code after the await.
async function run() {
  console.log('async start');
  process.nextTick(() => console.log('nextTick'));
  await null;
  console.log('after await');
}
run();
console.log('sync end');
