#include "trace/seeker.h"

#include <algorithm>

#include "trace/explain.h"
#include "trace/trace.h"

namespace th::trace {

Seeker::Seeker(const Trace& trace, std::size_t interval)
    : m_trace(trace), m_interval(std::max<std::size_t>(interval, 1)), m_current(trace) {
  m_checkpoints.push_back(m_current);
}

void Seeker::RollForwardTo(std::size_t step) {
  while (m_current.Step() < step) {
    m_current.ApplyNext();
    const std::size_t at = m_current.Step();
    if (at % m_interval == 0 && at / m_interval == m_checkpoints.size()) m_checkpoints.push_back(m_current);
  }
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
      RollForwardTo(wanted * m_interval);
    } else {
      m_current = m_checkpoints[wanted];
    }
  }
  RollForwardTo(step);

  m_shown = m_current.State();
  m_shown.step_count = static_cast<std::int64_t>(m_trace.Size());
  m_shown.console = m_trace.ConsoleLines().first(m_current.ConsoleCount());
  m_shown.explanation = ExplainStep(m_trace, step, m_shown);
  return m_shown;
}

}  // namespace th::trace
