// A child process is a new restaurant branch: it runs heavyTask.js on its own,
// and the two only talk by messages.
const { fork } = require("child_process");

const child = fork("heavyTask.js");

child.on("message", (msg) => {
  console.log(`Message from child process: ${msg}`);
});

child.send("Start heavy task");
