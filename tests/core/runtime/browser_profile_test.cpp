// The browser profile: one task at a time from the task queue, a microtask checkpoint after
// each, no process.nextTick or setImmediate. Node cannot record these; the expected orders
// follow the HTML standard's event loop and timer steps.
#include <gtest/gtest.h>

#include "run_capture.h"

namespace th::runtime {
namespace {

std::string RunInBrowser(const std::string& source) {
  RunOptions options;
  options.profile = session::Profile::Browser;
  const testing::Captured run = testing::RunSource("page.js", source, options, /*record=*/true);
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

}  // namespace
}  // namespace th::runtime
