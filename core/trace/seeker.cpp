#include "trace/seeker.h"

#include <algorithm>

#include "trace/explain.h"
#include "trace/trace.h"

namespace th::trace {

Seeker::Seeker(const Trace& trace, std::size_t interval)
    : m_trace(trace), m_interval(std::max<std::size_t>(interval, 1)), m_current(trace), m_builder(trace) {
  m_checkpoints.push_back(m_current);
}

void Seeker::RollForward(Reducer& reducer, std::size_t step) {
  while (reducer.Step() < step) {
    reducer.ApplyNext();
    const std::size_t at = reducer.Step();
    if (at % m_interval == 0 && at / m_interval == m_checkpoints.size()) m_checkpoints.push_back(reducer);
  }
}

void Seeker::CatchUp() {
  const std::size_t last = (m_checkpoints.size() - 1) * m_interval;
  if (m_builder.Step() < last) m_builder = m_checkpoints.back();
  RollForward(m_builder, m_trace.Size());
}

const session::State& Seeker::Seek(std::size_t step) {
  step = std::min(step, m_trace.Size());
  // Moving a little forward replays from where we are; anything else starts at the nearest
  // checkpoint at or before the step (creating the missing ones on the way).
  const bool near_ahead = step >= m_current.Step() && step - m_current.Step() <= m_interval;
  if (!near_ahead) {
    const std::size_t wanted = step / m_interval;
    if (wanted >= m_checkpoints.size()) {
      m_current = m_checkpoints.back();
      RollForward(m_current, wanted * m_interval);
    } else {
      m_current = m_checkpoints[wanted];
    }
  }
  RollForward(m_current, step);

  // The fields the reducer leaves alone are filled in place: no copy of the state per seek.
  session::State& shown = m_current.ViewState();
  shown.step_count = static_cast<std::int64_t>(m_trace.Size());
  shown.console = m_trace.ConsoleLines().first(m_current.ConsoleCount());
  shown.explanation = ExplainStep(m_trace, step, shown);
  return shown;
}

}  // namespace th::trace
