// Course seed 4: Task 2 (500 ms) runs before Task 1 (1000 ms); the sync log comes first.
setTimeout(() => console.log("Task 1"), 1000);
setTimeout(() => console.log("Task 2"), 500);

console.log("Main thread running tasks...");
