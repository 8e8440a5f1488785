// The event-loop golden programs (tests/conformance/event_loop/, and node_api/ for Node's util,
// path, assert, events and timers/promises), one named test each: the output and exit code must
// be what Node printed. The same programs also check the trace:
// its text export is the program's stdout, it is byte-identical run after run, and the state
// at every step is the same whether computed directly, stepping forward or stepping back.
#include <gtest/gtest.h>

#include <random>

#include "conformance_files.h"
#include "expect_matches_node.h"
#include "run_capture.h"
#include "trace/exporters.h"
#include "trace/seeker.h"

namespace th::runtime {
namespace {

namespace support = th::testing_support;
using testing::Captured;
using testing::RunSource;

RunOptions ConformanceOptions() {
  RunOptions options;
  options.instruction_limit = 200'000'000;
  return options;
}

Captured RunProgram(const std::string& program, bool record) {
  const std::filesystem::path path = support::ConformanceRoot() / program;
  return RunSource(path.filename().string(), support::ReadFile(path), ConformanceOptions(), record);
}

class EventLoop : public ::testing::TestWithParam<std::string> {};

TEST_P(EventLoop, MatchesNode) {
  const Captured actual = RunProgram(GetParam(), /*record=*/true);
  support::ExpectMatchesNode(GetParam(), {actual.stdout_text, actual.stderr_text, actual.exit_code});
  // What the trace says was printed is what was printed.
  EXPECT_EQ(trace::ExportText(*actual.trace), actual.stdout_text);
}

// The runtime keeps values in its own tables between callbacks (timers, immediates, I/O):
// with a collection at every allocation, and swept objects poisoned, a value it forgot to root
// stops the test at once.
TEST_P(EventLoop, MatchesNodeUnderGcStress) {
  RunOptions options = ConformanceOptions();
  options.gc_stress = true;
  const std::filesystem::path path = support::ConformanceRoot() / GetParam();
  const Captured actual = RunSource(path.filename().string(), support::ReadFile(path), options, /*record=*/false);
  support::ExpectMatchesNode(GetParam(), {actual.stdout_text, actual.stderr_text, actual.exit_code});
}

TEST_P(EventLoop, TraceIsIdenticalRunAfterRun) {
  const Captured first = RunProgram(GetParam(), true);
  const Captured second = RunProgram(GetParam(), true);
  ASSERT_GT(first.trace->Size(), 0u);
  EXPECT_EQ(trace::ExportJsonLines(*first.trace), trace::ExportJsonLines(*second.trace));
}

TEST_P(EventLoop, EveryStepIsTheSameForwardBackwardAndDirect) {
  const Captured run = RunProgram(GetParam(), true);
  const trace::Trace& trace = *run.trace;
  trace::Seeker forward(trace, 32);
  std::vector<trace::State> states;
  for (std::size_t step = 0; step <= trace.Size(); ++step) states.push_back(forward.Seek(step));
  trace::Seeker backward(trace, 32);
  for (std::size_t step = trace.Size() + 1; step-- > 0;) {
    const trace::State& state = backward.Seek(step);
    ASSERT_EQ(state.step, states[step].step);
    ASSERT_EQ(state.console.size(), states[step].console.size()) << "step " << step;
    ASSERT_EQ(state.explanation, states[step].explanation) << "step " << step;
    ASSERT_EQ(state.agents.size(), states[step].agents.size());
    for (std::size_t a = 0; a < state.agents.size(); ++a) {
      const trace::AgentState& x = state.agents[a];
      const trace::AgentState& y = states[step].agents[a];
      ASSERT_EQ(x.stack.size(), y.stack.size()) << "step " << step;
      ASSERT_EQ(x.microtasks.size(), y.microtasks.size()) << "step " << step;
      ASSERT_EQ(x.next_ticks.size(), y.next_ticks.size()) << "step " << step;
      ASSERT_EQ(x.timers.size(), y.timers.size()) << "step " << step;
      for (std::size_t q = 0; q < x.task_queues.size(); ++q) {
        ASSERT_EQ(x.task_queues[q].items.size(), y.task_queues[q].items.size()) << "step " << step;
      }
      ASSERT_EQ(x.status, y.status) << "step " << step;
    }
  }
  trace::Seeker direct(trace, 32);
  std::mt19937 random(7);
  for (int i = 0; i < 200; ++i) {
    const std::size_t step = random() % (trace.Size() + 1);
    const trace::State& state = direct.Seek(step);
    ASSERT_EQ(state.agents[0].stack.size(), states[step].agents[0].stack.size()) << "step " << step;
    ASSERT_EQ(state.time_ms, states[step].time_ms) << "step " << step;
  }
  // The run ends with every queue empty and nothing on the stack, as a drained loop does.
  const trace::State& end = states.back();
  EXPECT_TRUE(end.agents[0].stack.empty());
  if (run.exit_code == 0) {
    EXPECT_TRUE(end.agents[0].microtasks.empty());
    EXPECT_TRUE(end.agents[0].next_ticks.empty());
  }
}

INSTANTIATE_TEST_SUITE_P(Programs, EventLoop,
                         ::testing::ValuesIn(support::CollectPrograms({"event_loop", "node_api"})),
                         [](const ::testing::TestParamInfo<std::string>& param) {
                           return support::TestNameFor(param.param);
                         });

}  // namespace
}  // namespace th::runtime
