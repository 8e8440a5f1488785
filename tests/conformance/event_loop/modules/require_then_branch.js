// a value from a destructured require can drive control flow
const { isMainThread } = require('worker_threads');
if (isMainThread) {
  console.log("running on the main thread");
} else {
  console.log("running in a worker");
}
