#pragma once
// An agent's virtual clock: synchronous code moves it by a fixed cost per VM instruction, so a
// long loop takes time as it does in Node; work(ms) moves it by ms; an idle loop jumps it to
// the next due event. Nothing here reads the wall clock, so runs are reproducible.

#include <algorithm>
#include <cstdint>

#include "vm/vm.h"

namespace th::runtime {

class VirtualClock {
 public:
  // Time 0 is now: the instructions the VM ran to set itself up (its JavaScript prelude) do not
  // count, so every program starts at 0 ms.
  VirtualClock(const Vm& vm, double ns_per_instruction)
      : m_vm(vm), m_ns_per_instruction(ns_per_instruction), m_base_instructions(vm.instructions_executed()) {}

  std::int64_t NowNs() const {
    const std::uint64_t executed = m_vm.instructions_executed() - m_base_instructions;
    return m_base_ns + static_cast<std::int64_t>(static_cast<double>(executed) * m_ns_per_instruction);
  }
  // The loop clock as libuv keeps it: whole milliseconds.
  std::int64_t NowMs() const { return NowNs() / kNsPerMs; }

  // Moves the clock on by `ns` (work(ms): the thread is busy).
  void Advance(std::int64_t ns) {
    Rebase();
    m_base_ns += ns;
  }
  // Moves the clock to `ns` if that is later (an idle loop waking for its next event).
  void JumpTo(std::int64_t ns) {
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
  double m_ns_per_instruction;
  std::int64_t m_base_ns = 0;
  std::uint64_t m_base_instructions = 0;
};

}  // namespace th::runtime
