// Multiple independent restaurants: each child process has its own kitchen (memory).
// If one closes, the other stays open.
const { fork } = require("child_process");

// Main restaurant process
console.log("Main restaurant is open!");

const restaurant1 = fork("restaurant1.js");
const restaurant2 = fork("restaurant2.js");

// The child processes (restaurants) work independently
restaurant1.on("message", (msg) => console.log(`Restaurant 1: ${msg}`));
restaurant2.on("message", (msg) => console.log(`Restaurant 2: ${msg}`));

restaurant1.send("Order 1");
restaurant2.send("Order 2");
