// parentProcess.js: the restaurant manager opens a sub-branch and gives it an order.
const { fork } = require("child_process");
const child = fork("childProcess.js");

child.on("message", (msg) => {
  console.log(`Parent received message: ${msg}`);
});

child.send("Start cooking!");
