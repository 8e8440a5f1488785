// heavyTask.js: the child process. It waits for its order, works, and reports back.
process.on("message", (msg) => {
  console.log(`Child ${process.pid} got: ${msg}`);
  work(500); // the heavy task: this child is busy, the parent is not
  process.send("Heavy task done");
  process.exit(0);
});
