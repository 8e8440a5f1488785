// The same two chefs and the same tally, with Atomics.add: the read, the add and the write
// happen as one step that no other thread can come in between, so no update is ever lost,
// whatever the seed.
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
  for (let i = 0; i < 100000; i++) Atomics.add(counter, 0, 1);
}
