// Course seed 2: an async function runs until await, the caller continues, then the rest resumes.
async function doTasks() {
  console.log("Start");
  await Promise.resolve();
  console.log("After await");
}

doTasks();
console.log("End");
