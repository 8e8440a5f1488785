// async/await is promise sugar: the code after `await` runs later, as a microtask.
async function doTasks() {
  console.log("Start");

  await Promise.resolve(); // Microtask, await pauses until resolved

  console.log("After await");
}
doTasks();
console.log("End");
