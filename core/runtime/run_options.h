#pragma once
// How a program is run: which host to simulate, the seed, and the virtual clock's rate.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "trace/run_input.h"

namespace th::runtime {

// How a run's agents map onto threads (DESIGN.md §2).
enum class AgentThreads : std::uint8_t {
  Cooperative,  // every agent on the caller's thread, one slice after another
  Baton,        // each agent on its own pthread; one runs at a time, in the scheduler's order, so
                // the run is the cooperative one, byte for byte
  Parallel,     // each agent on its own pthread, all at once, against the wall clock
};

struct RunOptions {
  trace::Profile profile = trace::Profile::Node;
  std::uint64_t seed = 1;                 // Math.random and, later, the agents' scheduler
  double ns_per_instruction = 1.0;        // virtual time one VM instruction takes
  // Reading the clock (Date.now, performance.now) takes this much virtual time, so a busy-wait
  // on the clock (a favourite "long task" in lessons) ends after thousands of iterations, not
  // hundreds of millions; no output depends on the count.
  std::int64_t clock_read_ns = 1000;
  std::uint64_t instruction_limit = 0;    // 0 = none; past it the run stops with a message
  std::size_t heap_limit = 0;             // bytes; 0 = the VM's default; past it: Node's OOM
  std::size_t max_trace_events = 4'000'000;  // past it, only console output is still recorded
  bool gc_stress = false;                 // collect at every allocation (tests)
  std::size_t max_agents = 1024;          // threads and processes at once; a fork bomb ends here
  AgentThreads threads = AgentThreads::Cooperative;
  // Parallel mode: how many agents may live on threads at once (0 = every agent gets one). An
  // agent past it waits for another to end; a page has only its few shared threads anyway.
  std::size_t max_parallel_threads = 0;
};

// Where the program's output goes as it is produced (the CLI's stdout and stderr). The trace
// keeps it too; this is for hosts that print while the run computes.
class OutputListener {
 public:
  virtual ~OutputListener() = default;
  virtual void Write(bool is_error, std::string_view text) = 0;
};

}  // namespace th::runtime
