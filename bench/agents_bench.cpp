// Measures the agents on real threads (issue 9's benchmark, not a test):
//   speedup    parallel mode: the same CPU-bound JavaScript split over two workers against one
//              worker doing all of it (wall time, best of 3; the physical limit is 2.0x on 2 cores)
//   handoffs   deterministic mode: a ping-pong of messages between main and a worker, with the
//              baton (each agent on its own thread) against all agents on one thread: hand-offs
//              per second and what one costs
//   crowd      100 workers and 10 000 messages with the baton: time, and peak memory per agent
//              (run it as its own process: the peak is the process's)
//
//   cmake --build --preset native --target agents_bench && build/native/bin/agents_bench speedup
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "agents/program_run.h"

namespace {

using Clock = std::chrono::steady_clock;
using th::runtime::AgentThreads;

struct Outcome {
  double ms = 0;
  std::uint64_t handoffs = 0;
  std::string output;
};

class Collect final : public th::runtime::OutputListener {
 public:
  explicit Collect(std::string& text) : m_text(text) {}
  void Write(bool is_error, std::string_view text) override {
    if (!is_error) m_text.append(text);
  }

 private:
  std::string& m_text;
};

Outcome Run(const std::vector<th::trace::SourceFile>& files, AgentThreads threads) {
  Outcome outcome;
  Collect output(outcome.output);
  th::runtime::RunOptions options;
  options.threads = threads;
  const auto start = Clock::now();
  th::agents::ProgramRun run(files, options, nullptr, &output);
  if (run.Start()) run.RunToEnd();
  outcome.ms = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
  outcome.handoffs = run.BatonHandOffs();
  return outcome;
}

double BestOf3(const std::vector<th::trace::SourceFile>& files, AgentThreads threads) {
  double best = 1e300;
  for (int i = 0; i < 3; ++i) best = std::min(best, Run(files, threads).ms);
  return best;
}

// `workers` workers share `total` iterations of an arithmetic loop.
std::vector<th::trace::SourceFile> SplitWork(int workers, long total) {
  return {
      {"main.js", "const { Worker } = require('worker_threads');\n"
                  "for (let i = 0; i < " + std::to_string(workers) + "; i++) {\n"
                  "  new Worker('./count.js', { workerData: " + std::to_string(total / workers) + " })\n"
                  "    .on('message', (sum) => console.log('worker', i, 'summed', sum));\n"
                  "}\n"},
      {"count.js", "const { parentPort, workerData } = require('worker_threads');\n"
                   "let sum = 0;\n"
                   "for (let i = 0; i < workerData; i++) sum = (sum + i * i) % 1000003;\n"
                   "parentPort.postMessage(sum);\n"},
  };
}

void Speedup() {
  const long total = 40'000'000;
  const double one = BestOf3(SplitWork(1, total), AgentThreads::Parallel);
  const double two = BestOf3(SplitWork(2, total), AgentThreads::Parallel);
  std::printf("parallel mode, %ld loop iterations of CPU-bound JavaScript (best of 3):\n", total);
  std::printf("  one worker doing all of it    %8.0f ms\n", one);
  std::printf("  two workers doing half each   %8.0f ms\n", two);
  std::printf("  speed-up                      %8.2fx\n", one / two);
  const double baton = BestOf3(SplitWork(2, total), AgentThreads::Baton);
  const double cooperative = BestOf3(SplitWork(2, total), AgentThreads::Cooperative);
  std::printf("  (two workers taking turns: %.0f ms with the baton, %llu hand-offs; %.0f ms on one thread)\n", baton,
              static_cast<unsigned long long>(Run(SplitWork(2, total), AgentThreads::Baton).handoffs), cooperative);
}

void Handoffs() {
  const int rounds = 20'000;
  const std::vector<th::trace::SourceFile> files = {
      {"main.js", "const { Worker } = require('worker_threads');\n"
                  "const echo = new Worker('./echo.js');\n"
                  "let left = " + std::to_string(rounds) + ";\n"
                  "echo.on('message', () => { if (--left > 0) echo.postMessage(left); else echo.terminate(); });\n"
                  "echo.postMessage(left);\n"},
      {"echo.js", "const { parentPort } = require('worker_threads');\n"
                  "parentPort.on('message', (n) => parentPort.postMessage(n));\n"},
  };
  const double cooperative = BestOf3(files, AgentThreads::Cooperative);
  const double baton = BestOf3(files, AgentThreads::Baton);
  const std::uint64_t handoffs = Run(files, AgentThreads::Baton).handoffs;
  std::printf("deterministic mode, %d message round trips between main and a worker (best of 3):\n", rounds);
  std::printf("  all agents on one thread      %8.0f ms\n", cooperative);
  std::printf("  with the baton                %8.0f ms, %llu hand-offs\n", baton,
              static_cast<unsigned long long>(handoffs));
  std::printf("  hand-offs per second          %8.0f\n", static_cast<double>(handoffs) / (baton / 1000.0));
  std::printf("  cost of one hand-off          %8.2f us\n", (baton - cooperative) * 1000.0 / static_cast<double>(handoffs));
}

void Crowd() {
  const int workers = 100;
  const int per_worker = 100;  // 10 000 messages out, 10 000 replies
  const std::vector<th::trace::SourceFile> files = {
      {"main.js", "const { Worker } = require('worker_threads');\n"
                  "let replies = 0;\n"
                  "for (let w = 0; w < " + std::to_string(workers) + "; w++) {\n"
                  "  const worker = new Worker('./reply.js');\n"
                  "  worker.on('message', () => { if (++replies === " + std::to_string(workers * per_worker) +
                  ") console.log('all replies'); });\n"
                  "  worker.on('online', () => { for (let i = 0; i < " + std::to_string(per_worker) +
                  "; i++) worker.postMessage({ w, i }); });\n"
                  "}\n"},
      {"reply.js", "const { parentPort } = require('worker_threads');\n"
                   "let seen = 0;\n"
                   "parentPort.on('message', (m) => { parentPort.postMessage(m.i); if (++seen === " +
                       std::to_string(per_worker) + ") parentPort.close(); });\n"},
  };
  rusage before{};
  getrusage(RUSAGE_SELF, &before);
  const Outcome outcome = Run(files, AgentThreads::Baton);
  rusage after{};
  getrusage(RUSAGE_SELF, &after);
  const double peak_mb = static_cast<double>(after.ru_maxrss) / 1024.0;
  std::printf("deterministic mode (baton), %d workers, %d messages and as many replies:\n", workers,
              workers * per_worker);
  std::printf("  time                          %8.0f ms (%llu hand-offs)\n", outcome.ms,
              static_cast<unsigned long long>(outcome.handoffs));
  std::printf("  peak memory                   %8.1f MB, %.2f MB per agent\n", peak_mb, peak_mb / (workers + 1));
  std::printf("  printed: %s", outcome.output.c_str());
}

}  // namespace

int main(int argc, char** argv) {
  const std::string which = argc > 1 ? argv[1] : "";
  if (which == "speedup") {
    Speedup();
  } else if (which == "handoffs") {
    Handoffs();
  } else if (which == "crowd") {
    Crowd();
  } else {
    std::fprintf(stderr, "usage: agents_bench speedup|handoffs|crowd\n");
    return 2;
  }
  return 0;
}
