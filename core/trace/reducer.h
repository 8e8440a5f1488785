#pragma once
// Turns a trace's events, one at a time, into the state the playground shows. Applying events
// [0, n) to a fresh reducer gives step n. The reducer is a plain value: copying it is how the
// seeker keeps checkpoints.

#include <cstddef>

#include "session/state.h"
#include "trace/event.h"

namespace th::trace {

class Trace;

class Reducer {
 public:
  explicit Reducer(const Trace& trace);

  // Applies the next event of the trace (the one at index Step()).
  void ApplyNext();

  std::size_t Step() const { return m_step; }
  // The state at Step(). Its console view and explanation are filled in by the Seeker, which
  // knows when the caller will read them; here they are left empty.
  const session::State& State() const { return m_state; }
  std::size_t ConsoleCount() const { return m_console_count; }
  // For the seeker: the same state, to fill in the fields the reducer never reads (the console
  // view, the step count and the explanation).
  session::State& ViewState() { return m_state; }

 private:
  void Apply(const Event& event);
  session::AgentState& Agent(std::uint16_t id);

  const Trace* m_trace;
  session::State m_state;
  std::size_t m_step = 0;
  std::size_t m_console_count = 0;
};

}  // namespace th::trace
