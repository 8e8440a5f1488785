// Two chefs share one whiteboard (a SharedArrayBuffer) and each adds 1 to the same tally
// 100 000 times. `counter[0]++` takes three steps (read, add, write); when the threads take turns
// between them, one chef's update overwrites the other's: updates are lost. Which ones depends on
// how the threads interleave: change the seed and run again.
const { Worker, isMainThread, workerData } = require("worker_threads");

if (isMainThread) {
  const shared = new SharedArrayBuffer(4);
  const counter = new Int32Array(shared);
  let finished = 0;
  for (let i = 0; i < 2; i++) {
    const chef = new Worker(__filename, { workerData: shared });
    chef.on("exit", () => {
      if (++finished === 2) console.log(`expected 200000, got ${counter[0]}`);
    });
  }
} else {
  const counter = new Int32Array(workerData);
  for (let i = 0; i < 100000; i++) counter[0]++;
}
