#pragma once
// Field-by-field comparison of two playground states, with a message naming the first
// difference (session::State has no operator==: its console is a view).

#include <gtest/gtest.h>

#include "session/state.h"

namespace th::trace::testing {

inline bool SameItems(const std::vector<session::QueueItem>& a, const std::vector<session::QueueItem>& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (a[i].id != b[i].id || a[i].label != b[i].label || a[i].reason != b[i].reason) return false;
  }
  return true;
}

inline ::testing::AssertionResult SameState(const session::State& a, const session::State& b) {
  if (a.step != b.step) return ::testing::AssertionFailure() << "step " << a.step << " vs " << b.step;
  if (a.time_ms != b.time_ms) return ::testing::AssertionFailure() << "time at step " << a.step;
  if (a.position.file != b.position.file || a.position.line != b.position.line ||
      a.position.column != b.position.column) {
    return ::testing::AssertionFailure() << "position at step " << a.step;
  }
  if (a.console.size() != b.console.size()) return ::testing::AssertionFailure() << "console at step " << a.step;
  if (a.explanation != b.explanation) return ::testing::AssertionFailure() << "explanation at step " << a.step;
  if (a.agents.size() != b.agents.size()) return ::testing::AssertionFailure() << "agents at step " << a.step;
  for (std::size_t i = 0; i < a.agents.size(); ++i) {
    const session::AgentState& x = a.agents[i];
    const session::AgentState& y = b.agents[i];
    if (x.status != y.status || x.exit_code != y.exit_code) return ::testing::AssertionFailure() << "status at step " << a.step;
    if (x.stack.size() != y.stack.size()) return ::testing::AssertionFailure() << "stack depth at step " << a.step;
    for (std::size_t f = 0; f < x.stack.size(); ++f) {
      if (x.stack[f].function != y.stack[f].function || x.stack[f].line != y.stack[f].line) {
        return ::testing::AssertionFailure() << "stack frame " << f << " at step " << a.step;
      }
    }
    if (!SameItems(x.next_ticks, y.next_ticks) || !SameItems(x.microtasks, y.microtasks)) {
      return ::testing::AssertionFailure() << "microtasks at step " << a.step;
    }
    for (std::size_t q = 0; q < x.task_queues.size(); ++q) {
      if (!SameItems(x.task_queues[q].items, y.task_queues[q].items)) {
        return ::testing::AssertionFailure() << "task queue " << q << " at step " << a.step;
      }
    }
    if (x.timers.size() != y.timers.size() || x.io.size() != y.io.size()) {
      return ::testing::AssertionFailure() << "timers or I/O at step " << a.step;
    }
    for (std::size_t t = 0; t < x.timers.size(); ++t) {
      if (x.timers[t].id != y.timers[t].id || x.timers[t].due_ms != y.timers[t].due_ms) {
        return ::testing::AssertionFailure() << "timer " << t << " at step " << a.step;
      }
    }
  }
  return ::testing::AssertionSuccess();
}

}  // namespace th::trace::testing
