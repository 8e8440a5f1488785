#pragma once
// The state at any step of a trace, forward or backward, in time independent of the run's
// length: checkpoints (copies of the reducer) along the run, and a replay of the events
// between the nearest one and the step.
//
// Checkpoints are spaced by cost, not by a fixed count: the next one comes after at least
// `min_interval` events and at least kEventsPerItem events per item the last one holds. A seek
// copies one checkpoint (cost ~ its size S) and replays at most max(min_interval,
// kEventsPerItem * S) events (each O(log n) at worst, see ItemList), so it costs
// O(state size + min_interval) however long the run is, and all the checkpoints together hold
// at most one item per kEventsPerItem events (a few bytes per event).

#include <cstddef>
#include <vector>

#include "trace/state.h"
#include "trace/reducer.h"

namespace th::trace {

class Trace;

class Seeker {
 public:
  static constexpr std::size_t kDefaultInterval = 4096;
  static constexpr std::size_t kEventsPerItem = 4;

  explicit Seeker(const Trace& trace, std::size_t min_interval = kDefaultInterval);

  // The state after the first `step` events (clamped to the trace's size). The reference is to
  // the seeker's one shown state: it stays valid as long as the seeker, and its contents change
  // at the next seek to another step (or after the trace grew). Seeking to the step already
  // shown does no work. Its console view is valid until the trace grows.
  const State& Seek(std::size_t step);

  // Extends the checkpoints to the end of the trace as it grows. Call it while a run is being
  // computed, so that a later seek anywhere is quick.
  void CatchUp();

  std::size_t CheckpointCount() const { return m_checkpoints.size(); }
  // Bytes the checkpoints hold, approximately.
  std::size_t CheckpointBytes() const;
  // The step of checkpoint `index` (ascending).
  std::size_t CheckpointStep(std::size_t index) const { return m_checkpoints[index].Step(); }

 private:
  // Rolls `reducer` forward to `step`, saving the checkpoints it passes that are missing.
  void RollForward(Reducer& reducer, std::size_t step);
  // The last checkpoint at or before `step`.
  const Reducer& CheckpointBefore(std::size_t step) const;

  const Trace& m_trace;
  std::size_t m_min_interval;
  std::vector<Reducer> m_checkpoints;  // ascending by step; the first is step 0
  std::size_t m_last_checkpoint_items = 0;  // the last checkpoint's ItemCount
  Reducer m_current;
  Reducer m_builder;  // CatchUp's position: at or ahead of the last checkpoint
  State m_shown;
  std::size_t m_shown_step = static_cast<std::size_t>(-1);
  std::size_t m_shown_trace_size = 0;
};

}  // namespace th::trace
