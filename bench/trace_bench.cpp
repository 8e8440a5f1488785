// Measures the trace (issue 4's benchmark, not a test):
//   1. tracing on versus off: each bench program run in-process with and without a trace;
//   2. trace bytes per event, on a real run of over a million events;
//   3. time to seek to a random step of that trace (after the checkpoints are made, as the
//      session makes them while the run computes), and the time to make them; the same for a
//      crowded run (40 000 items waiting at once).
//
//   cmake --build --preset native --target trace_bench && build/native/bin/trace_bench
#include <algorithm>
#include <cmath>
#include <ctime>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "agents/program_run.h"
#include "trace/event_store.h"
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
  std::vector<th::trace::SourceFile> files{{name, source}};
  const auto start = Clock::now();
  th::agents::ProgramRun run(files, options, trace, nullptr);
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

// Percentiles of one list of times, sorted in place.
struct Spread {
  double mean = 0, median = 0, p99 = 0, max = 0;
};

Spread SpreadOf(std::vector<double>& times) {
  std::sort(times.begin(), times.end());
  Spread spread;
  for (double t : times) spread.mean += t;
  spread.mean /= static_cast<double>(times.size());
  spread.median = times[times.size() / 2];
  spread.p99 = times[times.size() * 99 / 100];
  spread.max = times.back();
  return spread;
}

double CpuMilliseconds() { return 1000.0 * static_cast<double>(std::clock()) / CLOCKS_PER_SEC; }

// Seeks to random steps, and steps a statement forward as Play does; prints wall time (what a
// learner waits, including whatever else the machine runs) and CPU time (the seek's own cost).
bool MeasureSeeks(const th::trace::Trace& trace, th::trace::Seeker& seeker) {
  const std::size_t events = trace.Size();
  std::mt19937 random(42);
  std::vector<double> wall, cpu;
  for (int i = 0; i < 2000; ++i) {
    const std::size_t step = random() % (events + 1);
    const double cpu_start = CpuMilliseconds();
    const auto start = Clock::now();
    const th::trace::State& state = seeker.Seek(step);
    wall.push_back(MillisecondsSince(start));
    cpu.push_back(CpuMilliseconds() - cpu_start);
    if (state.step != static_cast<std::int64_t>(step)) return false;
  }
  const Spread seek = SpreadOf(wall);
  const Spread seek_cpu = SpreadOf(cpu);
  std::printf("- seek to a random step (2000 seeks): mean %.3f ms, median %.3f ms, 99th percentile %.3f ms, max %.3f ms "
              "(CPU time: mean %.3f ms, 99th percentile %.3f ms, max %.3f ms)\n",
              seek.mean, seek.median, seek.p99, seek.max, seek_cpu.mean, seek_cpu.p99, seek_cpu.max);

  // What Play and the Right key do: a statement forward, from wherever the view is.
  wall.clear();
  std::size_t step = 0;
  for (int i = 0; i < 2000; ++i) {
    if (i % 100 == 0) step = random() % (events + 1);
    step = trace.NextStep(step, th::trace::Granularity::Statement);
    const auto start = Clock::now();
    const th::trace::State& state = seeker.Seek(step);
    wall.push_back(MillisecondsSince(start));
    if (state.step != static_cast<std::int64_t>(step)) return false;
  }
  const Spread forward = SpreadOf(wall);
  std::printf("- a statement forward (2000 steps, from 20 random places): median %.3f ms, 99th percentile %.3f ms, max %.3f ms\n",
              forward.median, forward.p99, forward.max);
  return true;
}

const char* kCrowdedRun = R"(
let n = 0;
for (let i = 0; i < 20000; i++) setTimeout(() => { n++; }, i % 100);
for (let i = 0; i < 20000; i++) Promise.resolve(i).then((v) => { n += v; });
setTimeout(() => console.log(n), 200);
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
      th::trace::Trace trace({{file.filename().string(), source}}, th::trace::Profile::Node);
      on = std::min(on, RunOnce(file.filename().string(), source, &trace));
      events = trace.Size();
    }
    log_sum += std::log(on / off);
    std::printf("| %s | %.0f | %.0f | %.2f | %zu |\n", file.filename().string().c_str(), off, on, on / off, events);
  }
  std::printf("| geometric mean | | | %.2f | |\n\n", std::exp(log_sum / static_cast<double>(files.size())));

  th::trace::Trace trace({{"long_run.js", kLongRun}}, th::trace::Profile::Node);
  const double run_ms = RunOnce("long_run.js", kLongRun, &trace);
  const std::size_t events = trace.Size();
  std::printf("## A long run: %zu events, computed with tracing in %.0f ms\n\n", events, run_ms);
  std::printf("- trace bytes per event: %.1f (everything the trace holds, allocated capacity included: events stored in %zu bytes, "
              "strings, console lines, sources and chunk indexes)\n",
              static_cast<double>(trace.MemoryBytes()) / static_cast<double>(events), sizeof(th::trace::StoredEvent));

  th::trace::Seeker seeker(trace);
  auto start = Clock::now();
  seeker.CatchUp();
  const double checkpoint_ms = MillisecondsSince(start);
  std::printf("- making the checkpoints (at least %zu events apart, and %zu events per item the state holds): %.0f ms, %zu checkpoints "
              "holding %.1f MB (%.1f bytes per event)\n",
              th::trace::Seeker::kDefaultInterval, th::trace::Seeker::kEventsPerItem, checkpoint_ms, seeker.CheckpointCount(),
              static_cast<double>(seeker.CheckpointBytes()) / 1e6,
              static_cast<double>(seeker.CheckpointBytes()) / static_cast<double>(events));

  if (!MeasureSeeks(trace, seeker)) return 1;

  // A state far bigger than a lesson's: 20 000 timers and 20 000 promise callbacks waiting at
  // once (the UI frame benchmark's run). A seek copies and fills that state, whatever else.
  th::trace::Trace crowded({{"crowded.js", kCrowdedRun}}, th::trace::Profile::Node);
  RunOnce("crowded.js", kCrowdedRun, &crowded);
  th::trace::Seeker crowded_seeker(crowded);
  start = Clock::now();
  crowded_seeker.CatchUp();
  std::printf("\n## A crowded run: %zu events, up to 40 000 items waiting\n\n- trace bytes per event: %.1f\n"
              "- making the checkpoints: %.0f ms, %zu checkpoints holding %.1f MB\n",
              crowded.Size(), static_cast<double>(crowded.MemoryBytes()) / static_cast<double>(crowded.Size()),
              MillisecondsSince(start), crowded_seeker.CheckpointCount(),
              static_cast<double>(crowded_seeker.CheckpointBytes()) / 1e6);
  if (!MeasureSeeks(crowded, crowded_seeker)) return 1;
  return 0;
}
