// The course texts' parent and child processes; the child keeps listening.
// node waits forever
const { fork } = require("child_process");
const child = fork("childProcess.js");

child.on("message", (msg) => {
  console.log(`Parent received message: ${msg}`);
});

child.send("Start cooking!");
