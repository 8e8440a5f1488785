// A throw after an await in an async function with no catch ends the run.
async function task() {
  console.log('task start');
  await null;
  console.log('task resumed');
  throw new Error('async failure');
}
task();
setTimeout(() => console.log('timer never runs'), 0);
console.log('sync end');
