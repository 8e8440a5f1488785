// The course texts' two chefs: which chef reports first is up to the threads.
// node waits forever
const { Worker, isMainThread, parentPort } = require("worker_threads");

if (isMainThread) {
  console.log("Restaurant opened with multiple chefs...");
  const chef1 = new Worker(__filename);
  const chef2 = new Worker(__filename);
  chef1.on("message", (msg) => console.log(`Chef 1: ${msg}`));
  chef2.on("message", (msg) => console.log(`Chef 2: ${msg}`));
  chef1.postMessage("Cooking dish 1...");
  chef2.postMessage("Cooking dish 2...");
} else {
  parentPort.on("message", (msg) => {
    console.log(`Chef received order: ${msg}`);
    parentPort.postMessage(`Order completed: ${msg}`);
  });
}
