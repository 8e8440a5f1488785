// Course seed 1: sync logs first, then the promise callback, then the 0 ms timer.
console.log("Start");

setTimeout(() => console.log("Boil water"), 0);

Promise.resolve().then(() => console.log("Check mailbox"));

console.log("End");
