// One file, two threads: the main thread spawns a worker that re-runs this file
// with isMainThread === false. They talk only by messages.
const { Worker, isMainThread, parentPort } = require("worker_threads");

if (isMainThread) {
  // This is the main thread (Process manager)
  console.log("Main thread: Spawning a worker...");

  const worker = new Worker(__filename);
  worker.on("message", (msg) => {
    console.log(`Message from worker: ${msg}`);
  });
  worker.postMessage("Start processing!");
} else {
  // This is the worker thread
  parentPort.on("message", (msg) => {
    console.log(`Worker received: ${msg}`);
    parentPort.postMessage("Processing complete!");
  });
}
