#pragma once
// The state at any step of a trace, forward or backward, in time independent of the run's
// length: a checkpoint (a copy of the reducer) every `interval` steps, and a replay of at most
// `interval` events from the nearest one.

#include <cstddef>
#include <vector>

#include "session/state.h"
#include "trace/reducer.h"

namespace th::trace {

class Trace;

class Seeker {
 public:
  static constexpr std::size_t kDefaultInterval = 1024;

  explicit Seeker(const Trace& trace, std::size_t interval = kDefaultInterval);

  // The state after the first `step` events (clamped to the trace's size). The reference stays
  // valid until the next call; its console view until the trace grows.
  const session::State& Seek(std::size_t step);

  // Extends the checkpoints to the end of the trace as it grows. Call it while a run is being
  // computed, so that a later seek anywhere replays at most `interval` events.
  void CatchUp();

  std::size_t CheckpointCount() const { return m_checkpoints.size(); }

 private:
  // Rolls `reducer` forward to `step`, saving the checkpoints it passes that are missing.
  void RollForward(Reducer& reducer, std::size_t step);

  const Trace& m_trace;
  std::size_t m_interval;
  std::vector<Reducer> m_checkpoints;  // m_checkpoints[i] is at step i * m_interval
  Reducer m_current;
  Reducer m_builder;  // CatchUp's position: ahead of the last checkpoint
};

}  // namespace th::trace
