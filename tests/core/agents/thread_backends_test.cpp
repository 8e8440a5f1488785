// The agents on real threads (DESIGN.md §2): with the baton, every agents program runs exactly
// as it does with all agents on one thread, trace byte for byte; in parallel mode it runs at
// once on several threads, against the wall clock, and still prints what Node prints, up to the
// orders real threads leave open. (The ThreadSanitizer preset runs these too.)
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <set>
#include <sstream>

#include "expect_matches_node.h"
#include "multi_agent_program.h"
#include "trace/exporters.h"

namespace th::agents::testing {
namespace {

runtime::RunOptions OptionsFor(runtime::AgentThreads threads, std::uint64_t seed = 1) {
  runtime::RunOptions options;
  options.instruction_limit = 200'000'000;
  options.threads = threads;
  options.seed = seed;
  return options;
}

std::vector<std::string> SortedLines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream stream(text);
  for (std::string line; std::getline(stream, line);) lines.push_back(line);
  std::sort(lines.begin(), lines.end());
  return lines;
}

class ThreadBackends : public ::testing::TestWithParam<std::string> {};

TEST_P(ThreadBackends, TheBatonRunIsTheCooperativeRunByteForByte) {
  for (const std::uint64_t seed : {1u, 7u}) {
    const AgentRun cooperative = RunFolder(GetParam(), OptionsFor(runtime::AgentThreads::Cooperative, seed));
    const AgentRun baton = RunFolder(GetParam(), OptionsFor(runtime::AgentThreads::Baton, seed));
    EXPECT_EQ(trace::ExportJsonLines(*baton.trace), trace::ExportJsonLines(*cooperative.trace)) << "seed " << seed;
    EXPECT_EQ(baton.stdout_text, cooperative.stdout_text);
    EXPECT_EQ(baton.stderr_text, cooperative.stderr_text);
    EXPECT_EQ(baton.exit_code, cooperative.exit_code);
    EXPECT_EQ(baton.stall_reason, cooperative.stall_reason);
  }
}

// Programs whose lines depend on how far real threads got before something else happened: the
// shared counter without Atomics loses a different number of updates each time.
const std::set<std::string> kTimingDependent = {
    "agents/shared_counter_race",
};

TEST_P(ThreadBackends, InParallelPrintsWhatNodePrintsUpToTheOpenOrders) {
  const std::string& folder = GetParam();
  const AgentRun run = RunFolder(folder, OptionsFor(runtime::AgentThreads::Parallel));
  const support::Expected expected = support::ReadExpected(folder + "/main.js");
  EXPECT_EQ(run.exit_code, expected.exit_code) << run.stdout_text << run.stderr_text;
  EXPECT_EQ(support::NormalizeStderr(run.stderr_text), expected.stderr_text);
  if (kTimingDependent.count(folder) == 0) {
    EXPECT_EQ(SortedLines(run.stdout_text), SortedLines(expected.stdout_text))
        << "--- ours\n" << run.stdout_text << "--- node\n" << expected.stdout_text;
  }
  // The trace holds the same lines, appended from every agent's thread.
  EXPECT_EQ(SortedLines(trace::ExportText(*run.trace)), SortedLines(run.stdout_text));
}

INSTANTIATE_TEST_SUITE_P(Programs, ThreadBackends, ::testing::ValuesIn(CollectAgentPrograms()),
                         [](const ::testing::TestParamInfo<std::string>& param) {
                           return support::TestNameFor(param.param + ".js");
                         });

// Two workers that each keep a core busy for 300 ms: in parallel mode their busy spans overlap
// in real time (on one thread, or with the baton, one would follow the other).
TEST(Parallel, TwoBusyWorkersWorkAtTheSameTime) {
  const std::vector<trace::SourceFile> files = {
      {"main.js",
       "const { Worker } = require('worker_threads');\n"
       "for (let i = 0; i < 2; i++) new Worker('./busy.js').on('exit', () => console.log('done'));\n"},
      {"busy.js", "work(300);\n"},
  };
  trace::Trace trace(files, trace::Profile::Node);
  ProgramRun run(files, OptionsFor(runtime::AgentThreads::Parallel), &trace, nullptr);
  ASSERT_TRUE(run.Start());
  run.RunToEnd();
  EXPECT_EQ(run.ExitCode(), 0);
  std::vector<std::pair<std::int64_t, std::int64_t>> spans;  // [begin, end) per worker
  std::map<int, std::int64_t> began;
  for (std::size_t i = 0; i < trace.Size(); ++i) {
    const trace::Event event = trace.At(i);
    if (event.kind == trace::EventKind::WorkBegin) began[event.agent] = event.time_ns;
    if (event.kind == trace::EventKind::WorkEnd) spans.emplace_back(began[event.agent], event.time_ns);
  }
  ASSERT_EQ(spans.size(), 2u);
  for (const auto& [begin, end] : spans) EXPECT_GE(end - begin, 300'000'000);
  const std::int64_t overlap = std::min(spans[0].second, spans[1].second) - std::max(spans[0].first, spans[1].first);
  EXPECT_GT(overlap, 0) << "the two workers' work did not overlap in time";
  EXPECT_EQ(trace::ExportText(trace), "done\ndone\n");
}

// A worker busy in a loop that never ends: the run is torn down (its thread stopped and joined)
// when the caller gives up, as the CLI's --timeout does.
TEST(Parallel, ARunThatNeverEndsStopsWhenDestroyed) {
  const std::vector<trace::SourceFile> files = {
      {"main.js", "const { Worker } = require('worker_threads');\nnew Worker('./spin.js');\nwhile (true) {}\n"},
      {"spin.js", "while (true) { work(50); }\n"},
  };
  auto run = std::make_unique<ProgramRun>(files, OptionsFor(runtime::AgentThreads::Parallel), nullptr, nullptr);
  ASSERT_TRUE(run->Start());
  for (int i = 0; i < 5; ++i) EXPECT_FALSE(run->Advance(10'000));
  run.reset();  // joins both threads; a hang here fails the test by its timeout
}

// A stall is found in parallel mode too: both agents wait for a message nobody sends.
TEST(Parallel, AStallEndsTheRun) {
  const std::vector<trace::SourceFile> files = {
      {"main.js",
       "const { Worker } = require('worker_threads');\n"
       "const w = new Worker('./listen.js');\nw.on('message', m => console.log(m));\n"},
      {"listen.js", "const { parentPort } = require('worker_threads');\nparentPort.on('message', m => {});\n"},
  };
  ProgramRun run(files, OptionsFor(runtime::AgentThreads::Parallel), nullptr, nullptr);
  ASSERT_TRUE(run.Start());
  run.RunToEnd();
  EXPECT_EQ(run.ExitCode(), 0);
  EXPECT_NE(run.StallReason().find("worker 1 is still listening for messages"), std::string::npos) << run.StallReason();
}

// worker.terminate() and child.kill() reach an agent in the middle of work(10000): its thread
// stops there, as Node stops a worker's JavaScript, instead of finishing ten seconds of work.
TEST(Parallel, TerminateAndKillStopBusyWorkWhereItIs) {
  const std::vector<trace::SourceFile> files = {
      {"main.js",
       "const { Worker } = require('worker_threads');\n"
       "const { fork } = require('child_process');\n"
       "const worker = new Worker('./busy.js');\n"
       "worker.on('exit', (code) => console.log('worker exit', code));\n"
       "const child = fork('./busy.js');\n"
       "child.on('exit', (code, signal) => console.log('child exit', code, signal));\n"
       "setTimeout(() => { worker.terminate(); child.kill(); }, 200);\n"},
      {"busy.js", "work(10000);\nconsole.log('the work was finished');\n"},
  };
  trace::Trace trace(files, trace::Profile::Node);
  ProgramRun run(files, OptionsFor(runtime::AgentThreads::Parallel), &trace, nullptr);
  ASSERT_TRUE(run.Start());
  const auto began = std::chrono::steady_clock::now();
  run.RunToEnd();
  const auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - began).count();
  EXPECT_LT(seconds, 5.0) << "the stop waited for the work to finish";
  EXPECT_EQ(SortedLines(trace::ExportText(trace)),
            (std::vector<std::string>{"child exit null SIGTERM", "worker exit 1"}));
  EXPECT_EQ(run.ExitCode(), 0);
}

// Where a run may have only so many threads (a page has a few), an agent past them waits for
// one to end, then runs on the thread it leaves.
TEST(Parallel, AnAgentPastTheThreadLimitWaitsForAThread) {
  const std::vector<trace::SourceFile> files = {
      {"main.js",
       "const { Worker } = require('worker_threads');\n"
       "let ended = 0;\n"
       "for (let i = 1; i <= 3; i++) {\n"
       "  new Worker('./chef.js', { workerData: i }).on('exit', () => { if (++ended === 3) console.log('all done'); });\n"
       "}\n"},
      {"chef.js", "const { workerData } = require('worker_threads');\nwork(50);\nconsole.log('dish', workerData);\n"},
  };
  trace::Trace trace(files, trace::Profile::Node);
  runtime::RunOptions options = OptionsFor(runtime::AgentThreads::Parallel);
  options.max_parallel_threads = 2;  // main and one chef at a time
  ProgramRun run(files, options, &trace, nullptr);
  ASSERT_TRUE(run.Start());
  run.RunToEnd();
  EXPECT_EQ(run.StallReason(), "");
  EXPECT_EQ(SortedLines(trace::ExportText(trace)),
            (std::vector<std::string>{"all done", "dish 1", "dish 2", "dish 3"}));
}

// ...and when every thread is held by an agent that waits forever, the stall says which agent
// never got a thread, rather than the run hanging.
TEST(Parallel, AnAgentThatNeverGetsAThreadIsNamedInTheStall) {
  const std::vector<trace::SourceFile> files = {
      {"main.js",
       "const { Worker } = require('worker_threads');\n"
       "new Worker('./listen.js');\nnew Worker('./listen.js');\n"},
      {"listen.js", "const { parentPort } = require('worker_threads');\nparentPort.on('message', () => {});\n"},
  };
  runtime::RunOptions options = OptionsFor(runtime::AgentThreads::Parallel);
  options.max_parallel_threads = 2;
  ProgramRun run(files, options, nullptr, nullptr);
  ASSERT_TRUE(run.Start());
  run.RunToEnd();
  EXPECT_NE(run.StallReason().find("worker 1 is still listening for messages"), std::string::npos) << run.StallReason();
  EXPECT_NE(run.StallReason().find("worker 2 never got a thread"), std::string::npos) << run.StallReason();
}

}  // namespace
}  // namespace th::agents::testing
