// Measures the trace (issue 4's benchmark, not a test):
//   1. tracing on versus off: each bench program run in-process with and without a trace;
//   2. trace bytes per event, on a real run of over a million events;
//   3. time to seek to a random step of that trace (after the checkpoints are made, as the
//      session makes them while the run computes), and the time to make them.
//
//   cmake --build --preset native --target trace_bench && build/native/bin/trace_bench
#include <algorithm>
#include <cmath>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "runtime/program_run.h"
#include "trace/seeker.h"
#include "trace/trace.h"

namespace {

using Clock = std::chrono::steady_clock;

double MillisecondsSince(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

// Runs a program to the end; returns the wall time in milliseconds.
double RunOnce(const std::string& name, const std::string& source, th::trace::Trace* trace) {
  th::runtime::RunOptions options;
  options.max_trace_events = 100'000'000;
  std::vector<th::session::SourceFile> files{{name, source}};
  const auto start = Clock::now();
  th::runtime::ProgramRun run(files, options, trace, nullptr);
  if (run.Start()) run.RunToEnd();
  return MillisecondsSince(start);
}

// A lesson-like program with a long run: calls, timers, promises, awaits and output.
const char* kLongRun = R"(
function square(x) { return x * x; }
async function job(i) {
  await null;
  return square(i);
}
let total = 0;
for (let round = 0; round < 40; round++) {
  setTimeout(() => {
    for (let i = 0; i < 2500; i++) {
      job(i).then((value) => { total = (total + value) % 1000003; });
    }
    console.log('round', round, total);
  }, round);
}
)";

}  // namespace

int main(int argc, char** argv) {
  const std::filesystem::path programs = argc > 1 ? argv[1] : std::filesystem::path(TH_SOURCE_DIR) / "bench" / "programs";

  std::printf("## Tracing on versus off (in-process, best of 3)\n\n");
  std::printf("| program | off (ms) | on (ms) | on / off | events |\n|---|---:|---:|---:|---:|\n");
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(programs)) {
    if (entry.path().extension() == ".js") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  double log_sum = 0;
  for (const auto& file : files) {
    const std::string source = ReadFile(file);
    double off = 1e300, on = 1e300;
    std::size_t events = 0;
    for (int i = 0; i < 3; ++i) {
      off = std::min(off, RunOnce(file.filename().string(), source, nullptr));
      th::trace::Trace trace({{file.filename().string(), source}}, th::session::Profile::Node);
      on = std::min(on, RunOnce(file.filename().string(), source, &trace));
      events = trace.Size();
    }
    log_sum += std::log(on / off);
    std::printf("| %s | %.0f | %.0f | %.2f | %zu |\n", file.filename().string().c_str(), off, on, on / off, events);
  }
  std::printf("| geometric mean | | | %.2f | |\n\n", std::exp(log_sum / static_cast<double>(files.size())));

  th::trace::Trace trace({{"long_run.js", kLongRun}}, th::session::Profile::Node);
  const double run_ms = RunOnce("long_run.js", kLongRun, &trace);
  const std::size_t events = trace.Size();
  std::printf("## A long run: %zu events, computed with tracing in %.0f ms\n\n", events, run_ms);
  std::printf("- trace bytes per event: %.1f (events are %zu bytes; strings, console lines and the step indexes make up the rest)\n",
              static_cast<double>(trace.MemoryBytes()) / static_cast<double>(events), sizeof(th::trace::Event));

  th::trace::Seeker seeker(trace);
  auto start = Clock::now();
  seeker.CatchUp();
  std::printf("- making the checkpoints (every %zu events): %.0f ms, %zu checkpoints\n", th::trace::Seeker::kDefaultInterval,
              MillisecondsSince(start), seeker.CheckpointCount());

  std::mt19937 random(42);
  std::vector<double> times;
  for (int i = 0; i < 2000; ++i) {
    const std::size_t step = random() % (events + 1);
    start = Clock::now();
    const th::session::State& state = seeker.Seek(step);
    times.push_back(MillisecondsSince(start));
    if (state.step != static_cast<std::int64_t>(step)) return 1;
  }
  std::sort(times.begin(), times.end());
  double mean = 0;
  for (double t : times) mean += t;
  mean /= static_cast<double>(times.size());
  std::printf("- seek to a random step (2000 seeks): mean %.3f ms, median %.3f ms, 99th percentile %.3f ms, max %.3f ms\n",
              mean, times[times.size() / 2], times[times.size() * 99 / 100], times.back());
  return 0;
}
