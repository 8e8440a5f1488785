#pragma once
// Field-by-field comparison of two playground states (trace::State has no operator==: its
// console is a view). Plain C++ with no test framework, so the GoogleTest suites (through
// state_equality.h) and the seeker fuzzer (tests/fuzz) compare states the same way.

#include <cstddef>
#include <string>
#include <vector>

#include "trace/state.h"

namespace th::trace::testing {

inline bool SameItems(const std::vector<trace::QueueItem>& a, const std::vector<trace::QueueItem>& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (a[i].id != b[i].id || a[i].label != b[i].label || a[i].reason != b[i].reason) return false;
  }
  return true;
}

// The first difference between `a` and `b` in words ("position at step 12"), or "" when they
// show the same thing.
inline std::string StateDifference(const trace::State& a, const trace::State& b) {
  const std::string at = " at step " + std::to_string(a.step);
  if (a.step != b.step) return "step " + std::to_string(a.step) + " vs " + std::to_string(b.step);
  if (a.time_ms != b.time_ms) return "time" + at;
  if (a.position.file != b.position.file || a.position.line != b.position.line ||
      a.position.column != b.position.column) {
    return "position" + at;
  }
  if (a.console.size() != b.console.size()) return "console" + at;
  for (std::size_t i = 0; i < a.console.size(); ++i) {
    if (a.console[i].text != b.console[i].text || a.console[i].is_error != b.console[i].is_error ||
        a.console[i].step != b.console[i].step) {
      return "console line " + std::to_string(i) + at;
    }
  }
  if (a.explanation != b.explanation) return "explanation" + at + ": '" + a.explanation + "' vs '" + b.explanation + "'";
  if (a.agents.size() != b.agents.size()) return "agents" + at;
  for (std::size_t i = 0; i < a.agents.size(); ++i) {
    const trace::AgentState& x = a.agents[i];
    const trace::AgentState& y = b.agents[i];
    if (x.status != y.status || x.exit_code != y.exit_code) return "status" + at;
    if (x.stack.size() != y.stack.size()) return "stack depth" + at;
    for (std::size_t f = 0; f < x.stack.size(); ++f) {
      if (x.stack[f].function != y.stack[f].function || x.stack[f].line != y.stack[f].line) {
        return "stack frame " + std::to_string(f) + at;
      }
    }
    if (!SameItems(x.next_ticks, y.next_ticks) || !SameItems(x.microtasks, y.microtasks)) return "microtasks" + at;
    if (x.task_queues.size() != y.task_queues.size()) return "task queues" + at;
    for (std::size_t q = 0; q < x.task_queues.size(); ++q) {
      if (!SameItems(x.task_queues[q].items, y.task_queues[q].items)) return "task queue " + std::to_string(q) + at;
    }
    if (x.timers.size() != y.timers.size() || x.io.size() != y.io.size()) return "timers or I/O" + at;
    for (std::size_t t = 0; t < x.timers.size(); ++t) {
      if (x.timers[t].id != y.timers[t].id || x.timers[t].due_ms != y.timers[t].due_ms) {
        return "timer " + std::to_string(t) + at;
      }
    }
  }
  return "";
}

}  // namespace th::trace::testing
