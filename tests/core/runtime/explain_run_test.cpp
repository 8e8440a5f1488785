// The explanations of a run the engine computed: each statement says what runs and why now.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "run_capture.h"
#include "trace/seeker.h"

namespace th::runtime {
namespace {

// Every step's explanation, in order.
std::vector<std::string> Explanations(const std::string& source, trace::Profile profile = trace::Profile::Node) {
  RunOptions options;
  options.profile = profile;
  const testing::Captured run = testing::RunSource("main.js", source, options, /*record=*/true);
  trace::Seeker seeker(*run.trace);
  std::vector<std::string> all;
  for (std::size_t step = 0; step <= run.trace->Size(); ++step) all.push_back(seeker.Seek(step).explanation);
  return all;
}

bool Says(const std::vector<std::string>& explanations, const std::string& sentence) {
  for (const std::string& explanation : explanations) {
    if (explanation == sentence) return true;
  }
  return false;
}

TEST(ExplainRun, BoilWaterNamesTheScriptTheTimerAndTheMicrotask) {
  const std::vector<std::string> all = Explanations(
      "console.log('Start');\n"
      "setTimeout(() => {\n"
      "  console.log('Boil water');\n"
      "}, 0);\n"
      "Promise.resolve().then(() => {\n"
      "  console.log('Check mailbox');\n"
      "});\n");
  EXPECT_TRUE(Says(all, "Line 1 runs in the main script, which runs from top to bottom: nothing queued can run until it finishes."));
  EXPECT_TRUE(Says(all, "Line 3 runs in the callback of setTimeout on line 2: its 1 ms delay had passed and the call stack was empty."));
  EXPECT_TRUE(Says(all, "Line 6 runs in a .then callback, a microtask: its promise has settled, and microtasks run as soon as the call stack is empty."));
}

// With process.on('uncaughtException') an error does not end the program: the explanation says
// where it goes, and that the program goes on.
TEST(ExplainRun, AnErrorGivenToTheUncaughtExceptionListenerIsNotTheEnd) {
  const std::vector<std::string> all = Explanations(
      "process.on('uncaughtException', (err) => console.log(err.message));\n"
      "setTimeout(() => { throw new Error('x'); }, 1);\n"
      "Promise.reject(new Error('y'));\n");
  EXPECT_TRUE(Says(all, "An error was thrown and no try/catch caught it: it goes to the program's "
                        "process.on('uncaughtException') listener instead of ending the program, which goes on."));
  EXPECT_TRUE(Says(all, "A promise was rejected and nothing handled it: the program's process.on('unhandledRejection') "
                        "(or 'uncaughtException') listener gets it instead of ending the program."));
  EXPECT_FALSE(Says(all, "An error was thrown and no try/catch caught it: the error is printed and the program ends with "
                         "exit code 1."));
}

TEST(ExplainRun, CodeAfterAwaitRunsAsTheFunctionResumes) {
  const std::vector<std::string> all = Explanations(
      "async function cook() {\n"
      "  await null;\n"
      "  console.log('served');\n"
      "}\n"
      "cook();\n");
  EXPECT_TRUE(Says(all, "Line 2 runs inside cook(), called by the main script: nothing queued can run until the script finishes."));
  EXPECT_TRUE(Says(all, "Line 3 runs as cook() resumes after await: the awaited promise settled, and microtasks run as soon as the call stack is empty."));
}

TEST(ExplainRun, ABrowserTimerOfZeroMillisecondsWaitsZero) {
  const std::vector<std::string> all = Explanations(
      "setTimeout(function serve() {\n"
      "  console.log('served');\n"
      "}, 0);\n",
      trace::Profile::Browser);
  EXPECT_TRUE(Says(all, "Line 2 runs in serve(), the callback of setTimeout on line 1: its 0 ms delay had passed and the call stack was empty."));
}

}  // namespace
}  // namespace th::runtime
