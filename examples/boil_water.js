// The worker logs, schedules a chore for later and an urgent one, then logs again.
// Why does "Check mailbox" print before "Boil water", though the timer waits 0 ms?
console.log("Start");

setTimeout(() => console.log("Boil water"), 0); // Macrotask

Promise.resolve().then(() => console.log("Check mailbox")); // Microtask

console.log("End");
