#pragma once
// How the run and seek fuzzers read their input: the program's source, then one settings byte
// at the very end, which picks the host profile, GC stress and tracing. A conformance program
// used as a seed ends in a newline, which simply becomes its settings byte (0x0A: node, no
// stress, no trace); libFuzzer's mutations soon flip the other bits.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "runtime/run_options.h"

namespace th::fuzz {

struct FuzzRun {
  std::string_view source;
  runtime::RunOptions options;
  bool record_trace = false;
};

// Limits that keep every input to a few milliseconds and a few megabytes, so that a hang or a
// blow-up past them is a finding, not a slow input.
inline constexpr std::uint64_t kInstructionLimit = 200'000;
inline constexpr std::uint64_t kStressInstructionLimit = 20'000;  // a collection per allocation is slow
inline constexpr std::size_t kHeapLimit = 16u << 20;
inline constexpr std::size_t kTraceEvents = 20'000;

inline FuzzRun ReadFuzzRun(const std::uint8_t* data, std::size_t size) {
  FuzzRun run;
  if (size == 0) return run;
  const std::uint8_t settings = data[size - 1];
  run.source = std::string_view(reinterpret_cast<const char*>(data), size - 1);
  // bit 0: the browser's loop instead of Node's.
  run.options.profile = (settings & 1) ? trace::Profile::Browser : trace::Profile::Node;
  // bits 1-3 all clear (one input in eight): collect at every allocation, with swept objects
  // poisoned (heap.cpp), so a pointer the collector was not told about stops the run loudly.
  run.options.gc_stress = ((settings >> 1) & 7) == 0;
  // bit 4: record the trace, which runs the VM's observer paths.
  run.record_trace = (settings >> 4) & 1;
  // bits 5-6: the seed of Math.random.
  run.options.seed = 1 + ((settings >> 5) & 3);
  run.options.instruction_limit = run.options.gc_stress ? kStressInstructionLimit : kInstructionLimit;
  run.options.heap_limit = kHeapLimit;
  run.options.max_trace_events = kTraceEvents;
  return run;
}

}  // namespace th::fuzz
