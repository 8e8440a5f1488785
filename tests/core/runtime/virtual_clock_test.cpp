// Virtual time is a property of the program, not of how it is watched: recording a trace (as the
// playground always does) must not move the clock, or the playground and the CLI would disagree
// about which timer is due first.
#include <gtest/gtest.h>

#include "run_capture.h"

namespace th::runtime {
namespace {

TEST(VirtualClock, StartsAtZeroWhetherOrNotTheRunIsTraced) {
  const std::string source =
      "console.log(performance.now());\n"
      "console.log(Date.now() - new Date('2026-01-01T00:00:00Z').getTime());\n";
  const testing::Captured untraced = testing::RunSource("main.js", source, RunOptions{}, /*record=*/false);
  const testing::Captured traced = testing::RunSource("main.js", source, RunOptions{}, /*record=*/true);
  EXPECT_EQ(untraced.stdout_text, traced.stdout_text);
  // The few instructions before the call, at 1 ns each: microseconds, not the VM's set-up (65 us).
  EXPECT_LT(std::stod(traced.stdout_text), 0.01) << traced.stdout_text;
}

TEST(VirtualClock, ABusyWaitTakesTheSameVirtualTimeTracedOrNot) {
  const std::string source =
      "const start = performance.now();\n"
      "let spins = 0;\n"
      "while (performance.now() - start < 2) spins++;\n"
      "setTimeout(() => console.log('timer at', performance.now().toFixed(6)), 0);\n"
      "console.log('spins', spins, 'now', performance.now().toFixed(6));\n";
  const testing::Captured untraced = testing::RunSource("main.js", source, RunOptions{}, /*record=*/false);
  const testing::Captured traced = testing::RunSource("main.js", source, RunOptions{}, /*record=*/true);
  EXPECT_EQ(untraced.exit_code, 0) << untraced.stderr_text;
  EXPECT_EQ(untraced.stdout_text, traced.stdout_text);
}

}  // namespace
}  // namespace th::runtime
