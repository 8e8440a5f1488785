// Two child processes; each serves one order and closes. Their replies may come in any order.
const { fork } = require("child_process");
console.log("Main restaurant is open!");
const restaurant1 = fork("restaurant1.js");
const restaurant2 = fork("restaurant2.js");
restaurant1.on("message", (msg) => console.log(`Restaurant 1: ${msg}`));
restaurant2.on("message", (msg) => console.log(`Restaurant 2: ${msg}`));
restaurant1.on("exit", (code) => console.log(`Restaurant 1 closed with code ${code}`));
restaurant2.on("exit", (code) => console.log(`Restaurant 2 closed with code ${code}`));
restaurant1.send("Order 1");
restaurant2.send("Order 2");
