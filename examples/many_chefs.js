// Multiple chefs in one restaurant: two worker threads cook in parallel
// while the main thread (the manager) hands out orders.
const { Worker, isMainThread, parentPort } = require("worker_threads");

if (isMainThread) {
  // Main thread
  console.log("Restaurant opened with multiple chefs...");

  const chef1 = new Worker(__filename);
  const chef2 = new Worker(__filename);

  chef1.on("message", (msg) => console.log(`Chef 1: ${msg}`));
  chef2.on("message", (msg) => console.log(`Chef 2: ${msg}`));

  chef1.postMessage("Cooking dish 1...");
  chef2.postMessage("Cooking dish 2...");
} else {
  // Worker (chef) thread
  parentPort.on("message", (msg) => {
    console.log(`Chef received order: ${msg}`);
    parentPort.postMessage(`Order completed: ${msg}`);
  });
}
