// Built-in methods the VM writes in JavaScript (Promise.prototype.catch, Array.prototype.forEach)
// are built-ins to the learner: the trace shows the learner's callbacks, never a frame or a line
// of the VM's own code (which would point at line 203 of a 3-line main.js).
#include <gtest/gtest.h>

#include <vector>

#include "run_capture.h"

namespace th::runtime {
namespace {

TEST(BuiltinFrames, TheTraceShowsOnlyTheLearnersFramesAndLines) {
  const std::string source =
      "Promise.reject(new Error('x')).catch((e) => console.log('caught', e.message));\n"
      "[1, 2].forEach(function each(n) { console.log(n); });\n"
      "Promise.all([1, Promise.resolve(2)]).then((v) => console.log(v));\n";
  const testing::Captured run = testing::RunSource("main.js", source, RunOptions{}, /*record=*/true);
  ASSERT_EQ(run.exit_code, 0) << run.stderr_text;
  EXPECT_EQ(run.stdout_text, "1\n2\ncaught x\n[ 1, 2 ]\n");
  std::vector<std::string> pushed;
  for (std::size_t i = 0; i < run.trace->Size(); ++i) {
    const trace::Event event = run.trace->At(i);
    if (event.kind == trace::EventKind::Line) {
      EXPECT_LE(event.b, 3u) << "a line outside main.js at event " << i;
    }
    if (event.kind == trace::EventKind::CallPush) pushed.emplace_back(run.trace->String(event.a));
  }
  EXPECT_EQ(pushed, (std::vector<std::string>{"each", "each", "(anonymous)", "(anonymous)"}));
}

}  // namespace
}  // namespace th::runtime
