#include "trace/seeker.h"

#include <algorithm>

#include "trace/explain.h"
#include "trace/trace.h"

namespace th::trace {

Seeker::Seeker(const Trace& trace, std::size_t min_interval)
    : m_trace(trace),
      m_min_interval(std::max<std::size_t>(min_interval, 1)),
      m_current(trace),
      m_builder(trace),
      m_shown(InitialState(trace.Files(), trace.Profile())) {
  m_checkpoints.push_back(m_current);
  m_last_checkpoint_items = m_current.ItemCount();
}

void Seeker::RollForward(Reducer& reducer, std::size_t step) {
  while (reducer.Step() < step) {
    reducer.ApplyNext();
    const std::size_t at = reducer.Step();
    const std::size_t last = m_checkpoints.back().Step();
    // A checkpoint holding many items costs more to copy and to keep: the next one comes
    // kEventsPerItem events per item later, so all of them together hold at most an item per
    // kEventsPerItem events, and a seek copies S items and replays at most kEventsPerItem * S
    // events (S: the checkpoint's size).
    if (at > last && at - last >= std::max(m_min_interval, kEventsPerItem * m_last_checkpoint_items)) {
      m_checkpoints.push_back(reducer);
      m_last_checkpoint_items = reducer.ItemCount();
    }
  }
}

const Reducer& Seeker::CheckpointBefore(std::size_t step) const {
  const auto after = std::upper_bound(m_checkpoints.begin(), m_checkpoints.end(), step,
                                      [](std::size_t wanted, const Reducer& checkpoint) { return wanted < checkpoint.Step(); });
  return *(after - 1);  // the first checkpoint is step 0
}

std::size_t Seeker::CheckpointBytes() const {
  std::size_t bytes = m_checkpoints.capacity() * sizeof(Reducer);
  for (const Reducer& checkpoint : m_checkpoints) bytes += checkpoint.MemoryBytes() - sizeof(Reducer);
  return bytes;
}

void Seeker::CatchUp() {
  if (m_builder.Step() < m_checkpoints.back().Step()) m_builder = m_checkpoints.back();
  RollForward(m_builder, m_trace.Size());
}

const State& Seeker::Seek(std::size_t step) {
  step = std::min(step, m_trace.Size());
  if (step == m_shown_step) {
    // Nothing to recompute; only what depends on the trace's size, if it grew.
    if (m_shown_trace_size != m_trace.Size()) {
      m_shown_trace_size = m_trace.Size();
      m_shown.step_count = static_cast<std::int64_t>(m_trace.Size());
      m_shown.console = m_trace.ConsoleLines().first(m_current.ConsoleCount());
    }
    return m_shown;
  }
  // Replay from where we are when that is at least as near as the checkpoint before the step.
  const Reducer& checkpoint = CheckpointBefore(step);
  if (m_current.Step() > step || m_current.Step() < checkpoint.Step()) m_current = checkpoint;
  RollForward(m_current, step);

  // The shown state is filled in place: its vectors keep their storage from seek to seek.
  m_current.Fill(m_shown);
  m_shown_step = step;
  m_shown_trace_size = m_trace.Size();
  m_shown.step_count = static_cast<std::int64_t>(m_trace.Size());
  m_shown.console = m_trace.ConsoleLines().first(m_current.ConsoleCount());
  m_shown.explanation = ExplainStep(m_trace, step, m_shown, m_current);
  return m_shown;
}

}  // namespace th::trace
