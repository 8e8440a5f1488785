// The trace seeker: a program from the input is run and recorded in slices, and between the
// slices and after the run a seeker is driven by the input's bytes (seek anywhere, step
// forward and back, by statement, event or task, seek past the end, catch up). Every state it
// shows must equal what a reference replay shows at that step: a fresh seeker stepping
// forward one event at a time over the finished trace (tests/core/trace/state_difference.h).
//
// Input: the program, then optionally a NUL byte and the operations. Without operations (a
// conformance program as a seed) they come from a hash of the program, so every seed seeks.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "agents/program_run.h"
#include "state_difference.h"
#include "trace/seeker.h"
#include "trace/trace.h"

namespace {

constexpr std::size_t kMaxOperations = 192;
constexpr std::uint64_t kInstructionLimit = 50'000;
constexpr std::size_t kTraceEvents = 6'000;

// The operation bytes, read one at a time; zeros once they run out.
class OperationBytes {
 public:
  explicit OperationBytes(std::string bytes) : m_bytes(std::move(bytes)) {}
  bool Empty() const { return m_next >= m_bytes.size(); }
  std::uint8_t Next() { return Empty() ? 0 : static_cast<std::uint8_t>(m_bytes[m_next++]); }
  std::size_t Remaining() const { return m_bytes.size() - std::min(m_next, m_bytes.size()); }

 private:
  std::string m_bytes;
  std::size_t m_next = 0;
};

// Operations for an input that brings none: a short pseudo-random sequence from the program.
std::string OperationsFromHash(std::string_view program) {
  std::uint64_t state = std::hash<std::string_view>{}(program);
  std::string bytes;
  for (int i = 0; i < 48; ++i) {
    state += 0x9E3779B97F4A7C15ull;  // splitmix64
    std::uint64_t z = state;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    bytes.push_back(static_cast<char>(z ^ (z >> 31)));
  }
  return bytes;
}

// A shown state kept for the comparison at the end: a copy whose console view points into its
// own lines, since the trace's console may move as the run grows.
struct SavedState {
  th::trace::State state;
  std::vector<th::trace::ConsoleLine> console;
};

class SeekerUnderTest {
 public:
  SeekerUnderTest(const th::trace::Trace& trace, std::size_t interval) : m_trace(trace), m_seeker(trace, interval) {}

  // Applies one operation read from `bytes`.
  void Apply(OperationBytes& bytes) {
    const std::uint8_t op = bytes.Next();
    const std::uint8_t argument = bytes.Next();
    const std::size_t size = m_trace.Size();
    const auto granularity = static_cast<th::trace::Granularity>(argument % 3);
    switch (op % 8) {
      case 0: Seek(size == 0 ? 0 : (size * argument) / 255); break;  // anywhere
      case 1: Seek(m_shown + 1 + argument % 4); break;                 // a few steps forward
      case 2: Seek(m_shown >= 1u + argument % 4 ? m_shown - 1 - argument % 4 : 0); break;  // back
      case 3: Seek(size); break;                                        // the end
      case 4: Seek(size + 1 + argument); break;                         // past the end: clamped
      case 5: m_seeker.CatchUp(); break;
      case 6: Seek(m_trace.NextStep(std::min(m_shown, size), granularity)); break;
      case 7: Seek(m_trace.PreviousStep(std::min(m_shown, size), granularity)); break;
    }
  }

  std::vector<SavedState>& saved() { return m_saved; }

 private:
  void Seek(std::size_t step) {
    const th::trace::State& state = m_seeker.Seek(step);
    m_shown = static_cast<std::size_t>(state.step);
    if (state.step != static_cast<std::int64_t>(std::min(step, m_trace.Size()))) {
      std::fputs("seek_fuzzer: a seek showed another step than the one asked for\n", stderr);
      std::abort();
    }
    m_saved.push_back(SavedState{state, {state.console.begin(), state.console.end()}});
    m_saved.back().state.console = m_saved.back().console;
  }

  const th::trace::Trace& m_trace;
  th::trace::Seeker m_seeker;
  std::size_t m_shown = 0;
  std::vector<SavedState> m_saved;
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const std::size_t separator = input.find('\0');
  const std::string_view program = input.substr(0, separator);
  OperationBytes bytes(separator == std::string_view::npos ? OperationsFromHash(program)
                                                           : std::string(input.substr(separator + 1)));

  th::runtime::RunOptions options;
  const std::uint8_t settings = bytes.Next();
  options.profile = (settings & 1) ? th::trace::Profile::Browser : th::trace::Profile::Node;
  options.instruction_limit = kInstructionLimit;
  options.heap_limit = 16u << 20;
  options.max_trace_events = kTraceEvents;
  std::vector<th::trace::SourceFile> files{{"main.js", std::string(program)}};
  th::trace::Trace trace(files, options.profile);
  th::agents::ProgramRun run(std::move(files), options, &trace, nullptr);

  // A small checkpoint interval so that seeks cross many checkpoints.
  SeekerUnderTest seeker(trace, 1 + bytes.Next() % 64);
  std::size_t operations = 0;
  if (run.Start()) {
    // While the run is computed: a slice, then an operation on the growing trace.
    while (!run.Finished()) {
      const std::uint64_t slice = bytes.Empty() ? 1'000'000 : 1 + bytes.Next() * 40u;
      run.Advance(slice);
      if (!bytes.Empty() && operations < kMaxOperations) {
        seeker.Apply(bytes);
        ++operations;
      }
    }
  }
  // Then on the finished trace.
  while (bytes.Remaining() >= 2 && operations < kMaxOperations) {
    seeker.Apply(bytes);
    ++operations;
  }

  // The reference: every step in order from a fresh seeker.
  std::vector<SavedState>& saved = seeker.saved();
  std::stable_sort(saved.begin(), saved.end(),
                   [](const SavedState& a, const SavedState& b) { return a.state.step < b.state.step; });
  th::trace::Seeker reference(trace);
  std::size_t step = 0;
  for (const SavedState& shown : saved) {
    const std::size_t wanted = static_cast<std::size_t>(shown.state.step);
    while (step < wanted) reference.Seek(++step);
    const std::string difference = th::trace::testing::StateDifference(reference.Seek(wanted), shown.state);
    if (!difference.empty()) {
      std::fprintf(stderr, "seek_fuzzer: the seeker and the reference replay differ: %s\n", difference.c_str());
      std::abort();
    }
  }
  return 0;
}
