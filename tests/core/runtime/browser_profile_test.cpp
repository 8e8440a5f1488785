// The browser profile: one task at a time from the task queue, a microtask checkpoint after
// each, no process.nextTick or setImmediate. Node cannot record these; the expected orders
// follow the HTML standard's event loop and timer steps.
#include <gtest/gtest.h>

#include "run_capture.h"

namespace th::runtime {
namespace {

testing::Captured RunPage(const std::string& source, bool record = true) {
  RunOptions options;
  options.profile = trace::Profile::Browser;
  return testing::RunSource("page.js", source, options, record);
}

std::string RunInBrowser(const std::string& source) {
  const testing::Captured run = RunPage(source);
  EXPECT_EQ(run.exit_code, 0) << run.stderr_text;
  return run.stdout_text;
}

TEST(BrowserProfile, MicrotasksRunBeforeTheFirstTimer) {
  EXPECT_EQ(RunInBrowser("setTimeout(() => console.log('timeout'), 0);\n"
                         "Promise.resolve().then(() => console.log('micro'));\n"
                         "console.log('sync');\n"),
            "sync\nmicro\ntimeout\n");
}

TEST(BrowserProfile, AZeroDelayIsNotOneMillisecondAsInNode) {
  // In Node both timers are due after 1 ms and fire in creation order; a browser's 0 ms timer
  // is due before a 1 ms one.
  EXPECT_EQ(RunInBrowser("setTimeout(() => console.log('1 ms'), 1);\n"
                         "setTimeout(() => console.log('0 ms'), 0);\n"),
            "0 ms\n1 ms\n");
}

TEST(BrowserProfile, EveryTaskIsFollowedByAMicrotaskCheckpoint) {
  EXPECT_EQ(RunInBrowser("setTimeout(() => { console.log('t1'); Promise.resolve().then(() => console.log('m1')); }, 5);\n"
                         "setTimeout(() => { console.log('t2'); Promise.resolve().then(() => console.log('m2')); }, 5);\n"),
            "t1\nm1\nt2\nm2\n");
}

TEST(BrowserProfile, NodeOnlyApisAreAbsent) {
  EXPECT_EQ(RunInBrowser("console.log(typeof setImmediate, typeof process, typeof queueMicrotask, typeof setTimeout);\n"),
            "undefined undefined function function\n");
}

TEST(BrowserProfile, IntervalsAndIoInterleaveByTime) {
  EXPECT_EQ(RunInBrowser("let n = 0;\n"
                         "const id = setInterval(() => { n++; console.log('tick', n); if (n === 3) clearInterval(id); }, 10);\n"
                         "io(25, 'data').then((value) => console.log('io', value));\n"),
            "tick 1\ntick 2\nio data\ntick 3\n");
}

// Chrome's console for a rejection nobody handles: "Uncaught (in promise)" and the reason at
// error level; the page keeps running.
TEST(BrowserProfile, AnUnhandledRejectionIsReportedAndThePageKeepsRunning) {
  const testing::Captured run = RunPage(
      "Promise.reject(new Error('boom'));\n"
      "function fail() { return Promise.reject(42); }\n"
      "fail();\n"
      "Promise.reject('plain text');\n"
      "Promise.reject(new Error('handled')).catch(() => console.log('caught'));\n"
      "setTimeout(() => console.log('still running'), 0);\n");
  EXPECT_EQ(run.exit_code, 0);
  EXPECT_EQ(run.stdout_text, "caught\nstill running\n");
  EXPECT_EQ(run.stderr_text,
            "Uncaught (in promise) Error: boom\n"
            "    at page.js:1:16\n"
            "Uncaught (in promise) 42\n"
            "Uncaught (in promise) plain text\n");
  // The trace's console has the report too, as error lines.
  std::size_t error_lines = 0;
  for (const trace::ConsoleLine& line : run.trace->ConsoleLines()) error_lines += line.is_error;
  EXPECT_EQ(error_lines, 4u);
}

TEST(BrowserProfile, ARejectionInsideATaskIsReportedAfterItsMicrotasks) {
  const testing::Captured run = RunPage(
      "setTimeout(() => {\n"
      "  Promise.reject(new TypeError('bad input'));\n"
      "  Promise.resolve().then(() => console.log('microtask'));\n"
      "}, 0);\n"
      "setTimeout(() => console.log('next task'), 5);\n",
      /*record=*/false);
  EXPECT_EQ(run.exit_code, 0);
  EXPECT_EQ(run.stdout_text, "microtask\nnext task\n");
  EXPECT_EQ(run.stderr_text.rfind("Uncaught (in promise) TypeError: bad input\n    at ", 0), 0u) << run.stderr_text;
}

// An error nobody catches ends only the script or task that threw it: Chrome prints
// "Uncaught Error: ..." and the page goes on with its next task (Node would exit with code 1).
TEST(BrowserProfile, AnUncaughtErrorEndsOnlyItsTaskAndThePageKeepsRunning) {
  const testing::Captured run = RunPage(
      "let ticks = 0;\n"
      "const id = setInterval(() => {\n"
      "  ticks++;\n"
      "  if (ticks === 3) clearInterval(id);\n"
      "  throw 'tick ' + ticks;\n"
      "}, 10);\n"
      "setTimeout(() => console.log('timer after', ticks, 'ticks'), 50);\n"
      "Promise.resolve().then(() => console.log('microtask'));\n"
      "function fail() { throw new Error('boom'); }\n"
      "fail();\n"
      "console.log('never printed');\n");
  EXPECT_EQ(run.exit_code, 0);
  EXPECT_EQ(run.stdout_text, "microtask\ntimer after 3 ticks\n");
  EXPECT_EQ(run.stderr_text,
            "Uncaught Error: boom\n"
            "    at fail (page.js:9:25)\n"
            "    at page.js:10:1\n"
            "Uncaught tick 1\n"
            "Uncaught tick 2\n"
            "Uncaught tick 3\n");
}

}  // namespace
}  // namespace th::runtime
