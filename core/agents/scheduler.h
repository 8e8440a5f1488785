#pragma once
// Which agent runs next, and for how long, in deterministic mode (DESIGN.md §2).
//
// Every agent has its own virtual clock. The scheduler always runs the agent that is furthest
// behind in time (a waiting agent counts from the moment it next has something to do), for at
// most the message latency: nothing another agent does can reach it sooner than that, so no
// agent ever receives a message in its own past (conservative discrete-event simulation with
// the latency as lookahead). Ties go in an order drawn from the run's seed. Where agents share
// memory, a slice also ends after a seeded, small number of instructions, so that the
// interleavings a real machine might produce (a lost update on a shared counter) show for some
// seeds, reproducibly.
#include <cstdint>
#include <optional>
#include <span>

namespace th::agents {

// One agent, as the scheduler sees it.
struct Candidate {
  std::uint16_t agent = 0;
  // When it next has something to do: its clock if it is running, its wake-up time if it
  // waits (a timer, I/O, a message on its way); nothing if only a new message could wake it.
  std::optional<std::int64_t> ready_ns;
  bool running = false;  // in the middle of its work (not waiting)
};

struct Slice {
  std::uint16_t agent = 0;
  std::int64_t start_ns = 0;     // where its clock stands (or is moved to) for this slice
  std::uint64_t budget = 0;      // instructions at most
  std::int64_t horizon_ns = 0;   // it takes no new event past this time
};

struct SchedulerOptions {
  std::uint64_t seed = 1;
  double ns_per_instruction = 1.0;
  std::int64_t lookahead_ns = 0;        // the message latency
  std::uint32_t switch_interval = 2000; // shared memory: a slice ends within this many instructions
};

class Scheduler {
 public:
  explicit Scheduler(const SchedulerOptions& options);
  // The next slice, or nothing when no agent can do anything ever again. `budget` caps the
  // slice's instructions; `shared_memory` says agents share memory (short, seeded slices).
  std::optional<Slice> Next(std::span<const Candidate> candidates, std::uint64_t budget, bool shared_memory);

 private:
  std::uint64_t Random();

  SchedulerOptions m_options;
  std::uint64_t m_state;
};

}  // namespace th::agents
