// The course texts' worker example: one file, two threads; the worker keeps listening.
// node waits forever
const { Worker, isMainThread, parentPort } = require("worker_threads");

if (isMainThread) {
  console.log("Main thread: Spawning a worker...");
  const worker = new Worker(__filename);
  worker.on("message", (msg) => {
    console.log(`Message from worker: ${msg}`);
  });
  worker.postMessage("Start processing!");
} else {
  parentPort.on("message", (msg) => {
    console.log(`Worker received: ${msg}`);
    parentPort.postMessage("Processing complete!");
  });
}
