// The same three functions, with func2 on its own thread: a second worker in the
// house does the 300 ms job while the main thread runs func3 at the same time.
const { Worker } = require("worker_threads");

function func1() {
  console.log("func1 done");
}
function func2() {
  const worker = new Worker(
    `work(300); require("worker_threads").parentPort.postMessage("func2 done, 300 ms later");`,
    { eval: true });
  worker.on("message", (msg) => console.log(msg));
}
function func3() {
  console.log("func3 done");
}
func1();
func2();
func3();
