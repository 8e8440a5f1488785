// A run of several agents: causality between them, its limits, and the end of a run that Node
// would never end.
#include "agents/program_run.h"

#include <gtest/gtest.h>

#include "multi_agent_program.h"

namespace th::agents {
namespace {

struct Result {
  std::string out;
  std::string err;
  int code = 0;
  std::string stall;
  std::size_t agents = 0;
};

Result RunFiles(std::vector<trace::SourceFile> files, runtime::RunOptions options = {}) {
  testing::AgentRun captured;
  testing::CaptureAll output(captured);
  ProgramRun run(std::move(files), options, nullptr, &output);
  if (run.Start()) run.RunToEnd();
  return {captured.stdout_text, captured.stderr_text, run.ExitCode(), run.StallReason(), run.AgentCount()};
}

TEST(ProgramRun, AStallSaysWhoWaitsForWhat) {
  const Result result = RunFiles({{"main.js",
                              "const { Worker } = require('worker_threads');\n"
                              "new Worker(`require('worker_threads').parentPort.on('message', () => {});`, { eval: true });\n"}});
  EXPECT_EQ(result.code, 0);
  EXPECT_EQ(result.stall,
            "Nothing more can happen: worker 1 is still listening for messages, so main keeps waiting for it. Node "
            "would keep running until you stop it (Ctrl+C).");
}

TEST(ProgramRun, AWorkerTakesTimeToStartAndAMessageTakesTimeToArrive) {
  const Result result = RunFiles({{"main.js",
                              "const { Worker } = require('worker_threads');\n"
                              "const w = new Worker(`require('worker_threads').parentPort.postMessage(performance.now());`, { eval: true });\n"
                              "w.on('message', (sent) => console.log(sent >= 25, performance.now() - sent >= 0.05));\n"}});
  EXPECT_EQ(result.out, "true true\n");
}

// A reply can never arrive before the question was asked, however the agents' slices fall.
TEST(ProgramRun, RepliesNeverArriveBeforeTheQuestion) {
  const Result result = RunFiles({{"main.js",
                              "const { Worker } = require('worker_threads');\n"
                              "const w = new Worker(`const { parentPort } = require('worker_threads');\n"
                              "  let answered = 0;\n"
                              "  parentPort.on('message', (t) => { let x = 0; for (let i = 0; i < 20000; i++) x += i; "
                              "parentPort.postMessage([t, performance.now()]); if (++answered === 10) parentPort.close(); });`, { eval: true });\n"
                              "let bad = 0, count = 0;\n"
                              "w.on('message', ([asked, answered]) => { const now = performance.now();\n"
                              "  if (!(asked < answered && answered < now)) bad++;\n"
                              "  if (++count < 10) w.postMessage(now); else console.log('bad', bad); });\n"
                              "w.postMessage(performance.now());\n"
                              "setInterval(() => { for (let i = 0; i < 5000; i++); }, 1).unref();\n"}});
  EXPECT_EQ(result.out, "bad 0\n");
}

TEST(ProgramRun, AForkBombEndsAtTheAgentLimit) {
  runtime::RunOptions options;
  options.max_agents = 64;
  const Result result = RunFiles({{"main.js",
                              "const { Worker } = require('worker_threads');\n"
                              "let started = 0;\n"
                              "try { for (;;) { new Worker(`setTimeout(() => {}, 10)`, { eval: true }); started++; } }\n"
                              "catch (e) { console.log(started, e.code, e.message); }\n"}},
                                 options);
  EXPECT_EQ(result.out,
            "63 ERR_WORKER_INIT_FAILED Threadhouse stopped creating workers and processes: this run already has 64 of them\n");
  EXPECT_EQ(result.code, 0);
}

TEST(ProgramRun, HundredsOfWorkersRunAndEnd) {
  const Result result = RunFiles({{"main.js",
                              "const { Worker } = require('worker_threads');\n"
                              "let done = 0;\n"
                              "for (let i = 0; i < 300; i++) {\n"
                              "  const w = new Worker(`require('worker_threads').parentPort.postMessage(require('worker_threads').workerData * 2)`, { eval: true, workerData: i });\n"
                              "  w.on('message', (m) => { done += m; });\n"
                              "}\n"
                              "process.on('exit', () => console.log('sum', done));\n"
                              "setTimeout(() => console.log('sum', done), 1000);\n"}});
  EXPECT_NE(result.out.find("sum 89700"), std::string::npos) << result.out << result.err;
  EXPECT_EQ(result.agents, 301u);
}

}  // namespace
}  // namespace th::agents
