// A callback the event loop calls may be a native function (setInterval(Math.max, 1)): it runs
// no instruction of its own, yet each call counts as one, so a loop of them stays inside every
// budget. Found by the hostile programs: the CLI's --instruction-limit and --timeout both failed
// to stop it, because one slice of the run never ended.
#include <gtest/gtest.h>

#include <string>

#include "run_capture.h"

namespace th::runtime {
namespace {

testing::Captured RunWithLimit(const char* source, trace::Profile profile) {
  RunOptions options;
  options.profile = profile;
  options.instruction_limit = 2'000;
  return testing::RunSource("main.js", source, options, /*record=*/false);
}

TEST(NativeCallbacks, AnIntervalOfANativeFunctionStopsAtTheInstructionLimit) {
  for (const trace::Profile profile : {trace::Profile::Node, trace::Profile::Browser}) {
    const testing::Captured run = RunWithLimit("setInterval(Math.max, 1);\n", profile);
    EXPECT_EQ(run.exit_code, 1);
    EXPECT_NE(run.stderr_text.find("instruction budget"), std::string::npos) << run.stderr_text;
  }
}

// A page reports a task's error and goes on with the next task: a native callback that throws
// every time is still a loop the instruction limit ends (it once went on until memory ran out).
TEST(NativeCallbacks, AThrowingNativeIntervalInABrowserStopsAtTheInstructionLimit) {
  const testing::Captured run = RunWithLimit("setInterval(JSON.parse, 1);\n", trace::Profile::Browser);
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_NE(run.stderr_text.find("Uncaught SyntaxError"), std::string::npos) << run.stderr_text.substr(0, 300);
  EXPECT_NE(run.stderr_text.find("instruction budget"), std::string::npos);
}

TEST(NativeCallbacks, EachSliceOfTheRunEndsWithinItsBudget) {
  std::vector<trace::SourceFile> files{{"main.js", "setInterval(Math.max, 1);\n"}};
  agents::ProgramRun run(files, RunOptions{}, nullptr, nullptr);
  ASSERT_TRUE(run.Start());
  for (int slice = 0; slice < 50; ++slice) EXPECT_FALSE(run.Advance(1000));  // each returns: Node runs it forever
  EXPECT_GE(run.InstructionsUsed(), 50u * 1000u);
}

TEST(NativeCallbacks, ProcessExitAsATimerCallbackEndsTheRunAtOnce) {
  const testing::Captured run = testing::RunSource(
      "main.js", "setTimeout(process.exit, 0, 3);\nsetInterval(Math.max, 1);\nsetTimeout(() => console.log('after'), 5);\n",
      RunOptions{}, /*record=*/false);
  EXPECT_EQ(run.exit_code, 3);
  EXPECT_EQ(run.stdout_text, "");
}

}  // namespace
}  // namespace th::runtime
