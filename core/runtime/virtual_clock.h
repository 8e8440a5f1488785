#pragma once
// An agent's virtual clock: synchronous code moves it by a fixed cost per VM instruction, so a
// long loop takes time as it does in Node; work(ms) moves it by ms; an idle loop jumps it to
// the next due event. Nothing here reads the wall clock, so runs are reproducible.
//
// Except in parallel mode (DESIGN.md §2): there every agent's clock follows the run's one
// WallClock, time passes as it passes, and work(ms) keeps the core busy for ms.

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdint>

#include "vm/vm.h"

namespace th::runtime {

// The real time of a parallel run, shared by its agents: nanoseconds since the run began.
class WallClock {
 public:
  using Steady = std::chrono::steady_clock;

  WallClock() : m_epoch(Steady::now()) {}
  std::int64_t NowNs() const {
    return std::chrono::duration_cast<std::chrono::nanoseconds>(Steady::now() - m_epoch).count();
  }
  Steady::time_point At(std::int64_t ns) const { return m_epoch + std::chrono::nanoseconds(ns); }

  // The run is being torn down: busy work stops at once instead of finishing its ms.
  void Stop() { m_stopped.store(true, std::memory_order_relaxed); }
  bool Stopped() const { return m_stopped.load(std::memory_order_relaxed); }

 private:
  Steady::time_point m_epoch;
  std::atomic<bool> m_stopped{false};
};

class VirtualClock {
 public:
  // Time 0 is now: the instructions the VM ran to set itself up (its JavaScript prelude) do not
  // count, so every program starts at 0 ms. With `wall`, the clock is the wall clock instead.
  VirtualClock(const Vm& vm, double ns_per_instruction, const WallClock* wall = nullptr)
      : m_vm(vm),
        m_wall(wall),
        m_ns_per_instruction(ns_per_instruction),
        m_base_instructions(vm.instructions_executed()) {}

  std::int64_t NowNs() const {
    if (m_wall) return m_wall->NowNs();
    const std::uint64_t executed = m_vm.instructions_executed() - m_base_instructions;
    return m_base_ns + static_cast<std::int64_t>(static_cast<double>(executed) * m_ns_per_instruction);
  }
  // The loop clock as libuv keeps it: whole milliseconds.
  std::int64_t NowMs() const { return NowNs() / kNsPerMs; }

  // Moves the clock on by `ns` (work(ms): the thread is busy). Returns false when the busy
  // work was cut short: the run is being torn down, or `interrupt` (InterruptWith) was set.
  bool Advance(std::int64_t ns) {
    if (m_wall) {
      // Really busy: the core is taken for those ns, as a CPU-bound loop would take it.
      const std::int64_t until = m_wall->NowNs() + ns;
      while (m_wall->NowNs() < until) {
        if (m_wall->Stopped() || (m_interrupt && m_interrupt->load(std::memory_order_relaxed))) return false;
      }
      return true;
    }
    Rebase();
    m_base_ns += ns;
    return true;
  }
  // Parallel mode: another thread sets `flag` to stop this agent's busy work where it is (a
  // worker.terminate() or a kill reached it).
  void InterruptWith(const std::atomic<bool>* flag) { m_interrupt = flag; }
  // Moves the clock to `ns` if that is later (an idle loop waking for its next event).
  // (Wall time cannot be moved: a parallel agent waits for it instead.)
  void JumpTo(std::int64_t ns) {
    if (m_wall) return;
    Rebase();
    m_base_ns = std::max(m_base_ns, ns);
  }

  static constexpr std::int64_t kNsPerMs = 1'000'000;

 private:
  void Rebase() {
    m_base_ns = NowNs();
    m_base_instructions = m_vm.instructions_executed();
  }

  const Vm& m_vm;
  const WallClock* m_wall;
  const std::atomic<bool>* m_interrupt = nullptr;
  double m_ns_per_instruction;
  std::int64_t m_base_ns = 0;
  std::uint64_t m_base_instructions = 0;
};

}  // namespace th::runtime
