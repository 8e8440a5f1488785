// childProcess.js: the sub-branch does the work and reports back.
process.on("message", (msg) => {
  console.log(`Child received: ${msg}`);
  process.send("Cooking complete!");
});
