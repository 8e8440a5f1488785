// The worker-thread and child-process golden programs (tests/conformance/agents/), one named
// test each, against what Node printed.
//
// Where Node leaves the order between agents open (two chefs cooking at once), an exact match
// is not required; the check is the happens-before relation instead: the lines must be the
// same, and the lines an agent printed in tasks started by one source (its own script and
// timers, or the messages of one sender, which arrive in order) must come in the same order as
// Node printed them. Which agent printed a line, and whose event started its task, come from
// the trace; Node's lines are matched to them by their text.
#include <gtest/gtest.h>

#include <filesystem>
#include <map>

#include "expect_matches_node.h"
#include "multi_agent_program.h"
#include "trace/exporters.h"

namespace th::agents::testing {
namespace {

runtime::RunOptions ConformanceOptions() {
  runtime::RunOptions options;
  options.instruction_limit = 200'000'000;
  return options;
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

// The stdout lines of each (printing agent, cause) pair, in order: ours from the trace; Node's by
// giving the k-th copy of a text the pair that printed our k-th copy of it.
using Source = std::pair<int, int>;
using PerSource = std::map<Source, std::vector<std::string>>;

PerSource OursPerSource(const trace::Trace& trace) {
  PerSource lines;
  for (const trace::ConsoleLine& line : trace.ConsoleLines()) {
    if (!line.is_error) lines[{line.agent, line.cause}].push_back(line.text);
  }
  return lines;
}

PerSource NodesPerSource(const trace::Trace& trace, const std::vector<std::string>& node_lines) {
  std::map<std::string, std::vector<Source>> owners;
  for (const trace::ConsoleLine& line : trace.ConsoleLines()) {
    if (!line.is_error) owners[line.text].push_back({line.agent, line.cause});
  }
  std::map<std::string, std::size_t> used;
  PerSource lines;
  for (const std::string& text : node_lines) {
    const std::vector<Source>& sources = owners[text];
    const std::size_t k = used[text]++;
    lines[k < sources.size() ? sources[k] : Source{-1, -1}].push_back(text);
  }
  return lines;
}

class Agents : public ::testing::TestWithParam<std::string> {};

TEST_P(Agents, MatchesNodeUpToTheOrderBetweenAgents) {
  const std::string& folder = GetParam();
  const AgentRun run = RunFolder(folder, ConformanceOptions());
  const support::Expected expected = support::ReadExpected(folder + "/main.js");
  const bool node_waits_forever = std::filesystem::exists(support::ConformanceRoot() / folder / "main.stall");
  EXPECT_EQ(run.exit_code, expected.exit_code);
  EXPECT_EQ(support::NormalizeStderr(run.stderr_text), expected.stderr_text);
  EXPECT_EQ(!run.stall_reason.empty(), node_waits_forever) << run.stall_reason;
  if (run.stdout_text == expected.stdout_text) return;
  std::vector<std::string> ours = Lines(run.stdout_text);
  std::vector<std::string> nodes = Lines(expected.stdout_text);
  std::vector<std::string> ours_sorted = ours, nodes_sorted = nodes;
  std::sort(ours_sorted.begin(), ours_sorted.end());
  std::sort(nodes_sorted.begin(), nodes_sorted.end());
  ASSERT_EQ(ours_sorted, nodes_sorted) << "not the same lines\n--- ours\n" << run.stdout_text << "--- node\n"
                                       << expected.stdout_text;
  EXPECT_EQ(OursPerSource(*run.trace), NodesPerSource(*run.trace, nodes))
      << "lines that happen one after the other came in another order\n--- ours\n" << run.stdout_text << "--- node\n" << expected.stdout_text;
}

// The trace says what was printed, in the order it was printed.
TEST_P(Agents, TheTraceHasTheOutput) {
  const AgentRun run = RunFolder(GetParam(), ConformanceOptions());
  EXPECT_EQ(trace::ExportText(*run.trace), run.stdout_text);
}

TEST_P(Agents, TraceIsIdenticalRunAfterRun) {
  const AgentRun first = RunFolder(GetParam(), ConformanceOptions());
  const AgentRun second = RunFolder(GetParam(), ConformanceOptions());
  EXPECT_EQ(trace::ExportJsonLines(*first.trace), trace::ExportJsonLines(*second.trace));
}

// Every agent's heap under GC stress: values crossing between heaps and the runtime's own
// tables must all be rooted.
TEST_P(Agents, SameOutputUnderGcStress) {
  runtime::RunOptions options = ConformanceOptions();
  const AgentRun plain = RunFolder(GetParam(), options);
  options.gc_stress = true;
  const AgentRun stressed = RunFolder(GetParam(), options);
  EXPECT_EQ(stressed.stdout_text, plain.stdout_text);
  EXPECT_EQ(stressed.stderr_text, plain.stderr_text);
  EXPECT_EQ(stressed.exit_code, plain.exit_code);
}

INSTANTIATE_TEST_SUITE_P(Programs, Agents, ::testing::ValuesIn(CollectAgentPrograms()),
                         [](const ::testing::TestParamInfo<std::string>& param) {
                           return support::TestNameFor(param.param + ".js");
                         });

}  // namespace
}  // namespace th::agents::testing
