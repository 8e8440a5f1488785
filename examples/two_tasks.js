// The main thread runs on while the event loop keeps two timers for later.
setTimeout(() => console.log("Task 1"), 1000);
setTimeout(() => console.log("Task 2"), 500);

console.log("Main thread running tasks...");
