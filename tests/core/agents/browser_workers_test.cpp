// Web Workers in the browser profile: new Worker('worker.js') runs the file as an agent (the
// same agents layer as Node's worker_threads). No browser can be recorded here, so the expected
// output follows the HTML standard: a message is a task of its own (a MessageEvent with .data),
// each task is followed by a microtask checkpoint, an uncaught error in a worker is reported and
// fires an ErrorEvent (with its message) at the Worker while the worker goes on, terminate()
// stops the worker at once, and a worker listening for messages never ends by itself.
#include <gtest/gtest.h>

#include "agents/program_run.h"
#include "multi_agent_program.h"

namespace th::agents {
namespace {

struct PageRun {
  std::string out;
  std::string err;
  int code = 0;
  std::string stall;
};

PageRun RunPage(const std::string& page, const std::string& worker, bool gc_stress = false) {
  runtime::RunOptions options;
  options.profile = trace::Profile::Browser;
  options.gc_stress = gc_stress;
  options.instruction_limit = 50'000'000;
  testing::AgentRun captured;
  testing::CaptureAll output(captured);
  ProgramRun run({{"main.js", page}, {"worker.js", worker}}, options, nullptr, &output);
  if (run.Start()) run.RunToEnd();
  return {captured.stdout_text, captured.stderr_text, run.ExitCode(), run.StallReason()};
}

TEST(BrowserWorkers, AWorkerRunsItsFileWithSelfAndPostMessage) {
  const PageRun run = RunPage(
      "const worker = new Worker('worker.js');\n"
      "worker.onmessage = (e) => console.log('page got', e.data.text, e.type, e instanceof MessageEvent, e.target === worker);\n"
      "console.log('page script ends', typeof Worker);\n",
      "console.log('worker starts', self === globalThis, typeof postMessage, typeof process, typeof importScripts);\n"
      "postMessage({ text: 'hello' });\n");
  EXPECT_EQ(run.out,
            "page script ends function\n"
            "worker starts true function undefined undefined\n"
            "page got hello message true true\n");
  EXPECT_EQ(run.err, "");
  EXPECT_EQ(run.code, 0);
  EXPECT_EQ(run.stall, "");  // the worker had no listener: it ended, and so did the page
}

// Two messages sent in one go are two tasks: the page's microtasks of the first run before the
// second message is dispatched.
TEST(BrowserWorkers, EachMessageIsATaskFollowedByAMicrotaskCheckpoint) {
  const PageRun run = RunPage(
      "const worker = new Worker('worker.js');\n"
      "worker.onmessage = (e) => {\n"
      "  console.log('message', e.data);\n"
      "  Promise.resolve().then(() => console.log('microtask after', e.data));\n"
      "};\n",
      "postMessage(1);\npostMessage(2);\n");
  EXPECT_EQ(run.out, "message 1\nmicrotask after 1\nmessage 2\nmicrotask after 2\n");
}

TEST(BrowserWorkers, TheWorkerHearsThePageThroughOnmessageOrAddEventListener) {
  const PageRun run = RunPage(
      "const worker = new Worker('worker.js');\n"
      "worker.addEventListener('message', (e) => console.log('page got', e.data));\n"
      "worker.postMessage({ n: 1 });\n"
      "worker.postMessage({ n: 2 });\n"
      "setTimeout(() => worker.terminate(), 100);\n",
      "self.onmessage = (e) => postMessage('onmessage ' + e.data.n);\n"
      "addEventListener('message', (e) => postMessage('listener ' + e.data.n), { once: true });\n");
  EXPECT_EQ(run.out,
            "page got onmessage 1\npage got listener 1\n"
            "page got onmessage 2\n");
  EXPECT_EQ(run.stall, "");
}

TEST(BrowserWorkers, MessagesAreCopiesNotShared) {
  const PageRun run = RunPage(
      "const worker = new Worker('worker.js');\n"
      "const data = { list: [1, 2], when: new Date(0) };\n"
      "worker.onmessage = (e) => { console.log('page got', JSON.stringify(e.data), e.data === data); worker.terminate(); };\n"
      "worker.postMessage(data);\n"
      "data.list.push(3);\n",
      "onmessage = (e) => { e.data.list.push('worker'); postMessage(e.data); };\n");
  EXPECT_EQ(run.out, "page got {\"list\":[1,2,\"worker\"],\"when\":\"1970-01-01T00:00:00.000Z\"} false\n");
}

// A browser keeps a worker with a message listener alive until it is terminated or closes: here
// nobody does, so the run ends where nothing more can happen, and says why.
TEST(BrowserWorkers, AListeningWorkerStaysAliveUntilTheRunStalls) {
  const PageRun run = RunPage(
      "const worker = new Worker('worker.js');\n"
      "worker.onmessage = (e) => console.log('page got', e.data);\n"
      "worker.postMessage('ping');\n",
      "onmessage = (e) => postMessage(e.data + ' pong');\n");
  EXPECT_EQ(run.out, "page got ping pong\n");
  EXPECT_EQ(run.code, 0);
  EXPECT_EQ(run.stall,
            "Nothing more can happen: worker 1 is still listening for messages, so main keeps waiting for it. "
            "A browser would keep them open until the tab is closed.");
}

TEST(BrowserWorkers, SettingOnmessageToNullLetsTheWorkerEnd) {
  const PageRun run = RunPage(
      "const worker = new Worker('worker.js');\n"
      "worker.onmessage = (e) => console.log('page got', e.data);\n"
      "worker.postMessage('only one');\n",
      "onmessage = (e) => { postMessage('got ' + e.data); onmessage = null; };\n");
  EXPECT_EQ(run.out, "page got got only one\n");
  EXPECT_EQ(run.stall, "");
}

TEST(BrowserWorkers, CloseEndsTheWorkerFromInside) {
  const PageRun run = RunPage(
      "const worker = new Worker('worker.js');\n"
      "worker.onmessage = (e) => console.log('page got', e.data);\n"
      "worker.postMessage('first');\n"
      "setTimeout(() => worker.postMessage('second, never taken'), 50);\n",
      "onmessage = (e) => { postMessage('got ' + e.data); close(); };\n");
  EXPECT_EQ(run.out, "page got got first\n");
  EXPECT_EQ(run.stall, "");
}

// terminate() stops the worker where it is: an interval that posts every 10 ms stops, and what
// it had already sent is not delivered any more.
TEST(BrowserWorkers, TerminateStopsTheWorkerAndDropsWhatItStillSent) {
  const PageRun run = RunPage(
      "const worker = new Worker('worker.js');\n"
      "worker.onmessage = (e) => {\n"
      "  console.log('page got', e.data);\n"
      "  if (e.data === 2) { worker.terminate(); console.log('terminated'); }\n"
      "};\n",
      "let n = 0;\n"
      "setInterval(() => { n += 1; postMessage(n); postMessage(n * 100); }, 10);\n");
  EXPECT_EQ(run.out, "page got 1\npage got 100\npage got 2\nterminated\n");
  EXPECT_EQ(run.stall, "");
  EXPECT_EQ(run.code, 0);
}

// HTML "report an exception" in a worker: the console shows it, the Worker gets an ErrorEvent
// with the message and where it happened, and the worker keeps running its timers.
TEST(BrowserWorkers, AnUncaughtErrorInAWorkerFiresOnerrorAndTheWorkerGoesOn) {
  const PageRun run = RunPage(
      "const worker = new Worker('worker.js');\n"
      "worker.onerror = (e) => console.log('onerror:', e instanceof ErrorEvent, e.message, e.filename, e.lineno, e.error);\n"
      "worker.onmessage = (e) => console.log('page got', e.data);\n",
      "setTimeout(() => {\n"
      "  throw new Error('boom');\n"
      "}, 5);\n"
      "setTimeout(() => postMessage('still running'), 10);\n");
  EXPECT_EQ(run.out,
            "onerror: true Uncaught Error: boom worker.js 2 null\n"
            "page got still running\n");
  EXPECT_EQ(run.err.rfind("Uncaught Error: boom\n", 0), 0u) << run.err;
  EXPECT_EQ(run.code, 0);
}

// An exception in one listener is reported, and the event still reaches the next one.
TEST(BrowserWorkers, AListenerThatThrowsDoesNotStopTheNextOne) {
  const PageRun run = RunPage(
      "const worker = new Worker('worker.js');\n"
      "worker.addEventListener('message', () => { throw new Error('first listener fails'); });\n"
      "worker.addEventListener('message', (e) => console.log('second listener got', e.data));\n",
      "postMessage('news');\n");
  EXPECT_EQ(run.out, "second listener got news\n");
  EXPECT_EQ(run.err.rfind("Uncaught Error: first listener fails\n", 0), 0u) << run.err;
}

// The host keeps events, listeners and error reports between tasks: with a collection at every
// allocation, a value it forgot to root would change the output or crash.
TEST(BrowserWorkers, TheSameUnderGcStress) {
  const std::string page =
      "const worker = new Worker('worker.js');\n"
      "worker.onerror = (e) => console.log('onerror:', e.message, e.lineno);\n"
      "worker.addEventListener('message', (e) => { console.log('page got', e.data.n); worker.postMessage(e.data); });\n";
  const std::string worker =
      "let count = 0;\n"
      "onmessage = (e) => { if (++count === 3) { setTimeout(() => close(), 0); throw new Error('third'); } postMessage({ n: e.data.n + 1 }); };\n"
      "postMessage({ n: 0 });\n";
  const PageRun plain = RunPage(page, worker);
  const PageRun stressed = RunPage(page, worker, /*gc_stress=*/true);
  EXPECT_EQ(plain.out, "page got 0\npage got 1\npage got 2\nonerror: Uncaught Error: third 2\n");
  EXPECT_EQ(stressed.out, plain.out);
  EXPECT_EQ(stressed.err, plain.err);
}

TEST(BrowserWorkers, AWorkerKnowsTheNameItWasGiven) {
  const PageRun run = RunPage(
      "new Worker('worker.js', { name: 'second chef' }).onmessage = (e) => console.log('page got', e.data);\n"
      "new Worker('worker.js').onmessage = (e) => console.log('page got', JSON.stringify(e.data));\n",
      "postMessage(self.name);\n");
  EXPECT_EQ(run.out, "page got second chef\npage got \"\"\n");
}

// A page starts workers with new Worker(url): Node's modules are not there.
TEST(BrowserWorkers, APageCannotRequireWorkerThreads) {
  const PageRun run = RunPage("const { Worker: NodeWorker } = require('worker_threads');\n", "");
  EXPECT_EQ(run.err.rfind("Uncaught Error: Cannot find module 'worker_threads'\n", 0), 0u) << run.err;
}

TEST(BrowserWorkers, NodeHasNoGlobalWorker) {
  testing::AgentRun captured;
  testing::CaptureAll output(captured);
  ProgramRun run({{"main.js", "console.log(typeof Worker, typeof self, typeof postMessage);\n"}}, {}, nullptr, &output);
  if (run.Start()) run.RunToEnd();
  EXPECT_EQ(captured.stdout_text, "undefined undefined undefined\n");
}

}  // namespace
}  // namespace th::agents
