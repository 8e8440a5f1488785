#pragma once
// Builds long, valid traces without an engine: a seeded walk through what a runtime emits
// (script, calls, lines, console output, timers, tasks, microtasks, I/O, work), so the reducer,
// the seeker and the exporters can be checked on runs of any length. Also used by the seek
// benchmark.

#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "trace/trace.h"

namespace th::trace::testing {

class SyntheticTrace {
 public:
  explicit SyntheticTrace(std::uint32_t seed) : m_random(seed) {}

  // Appends about `events` events to `trace` (the main script first, then event-loop turns).
  void Fill(Trace& trace, std::size_t events) {
    Emit(trace, EventKind::ScriptStart, 0, 0, 0, 0);
    while (trace.Size() < events) {
      switch (Roll(12)) {
        case 0: case 1: case 2: Emit(trace, EventKind::Line, 0, 1 + Roll(20), 0, 1 + Roll(40)); break;
        case 3: CallAndReturn(trace); break;
        case 4: trace.AppendConsole(0, Advance(), Roll(8) == 0, "line " + std::to_string(trace.Size())); break;
        case 5: SetTimer(trace); break;
        case 6: ClearTimer(trace); break;
        case 7: QueueMicrotask(trace); break;
        case 8: Emit(trace, EventKind::IoBegin, m_next_id++, trace.Intern("io(5)"), Now() + 5'000'000, 0); break;
        case 9: WorkSlice(trace); break;
        default: LoopTurn(trace); break;
      }
    }
  }

 private:
  std::uint32_t Roll(std::uint32_t sides) { return static_cast<std::uint32_t>(m_random() % sides); }
  std::int64_t Now() const { return m_now; }
  std::int64_t Advance() { return m_now += 1 + Roll(50); }

  void Emit(Trace& trace, EventKind kind, std::uint32_t a, std::uint32_t b, std::uint64_t c, std::uint32_t d) {
    trace.Append(MakeEvent(kind, Advance(), a, b, c, d));
  }

  void CallAndReturn(Trace& trace) {
    Emit(trace, EventKind::CallPush, trace.Intern("f" + std::to_string(Roll(5))), 0, 0, 1 + Roll(20));
    Emit(trace, EventKind::Line, 0, 1 + Roll(20), 0, 1);
    Emit(trace, EventKind::CallPop, 0, 0, 0, 0);
  }

  void SetTimer(Trace& trace) {
    const std::uint32_t id = m_next_id++;
    m_timers.push_back(id);
    Emit(trace, EventKind::TimerSet, id, trace.Intern("timer " + std::to_string(id)),
         static_cast<std::uint64_t>(Now() + 1'000'000 * (1 + Roll(100))), Roll(4) == 0);
  }

  void ClearTimer(Trace& trace) {
    if (m_timers.empty()) return;
    const std::size_t index = Roll(static_cast<std::uint32_t>(m_timers.size()));
    Emit(trace, EventKind::TimerCleared, m_timers[index], 0, 0, 0);
    m_timers.erase(m_timers.begin() + static_cast<std::ptrdiff_t>(index));
  }

  void QueueMicrotask(Trace& trace) {
    const std::uint32_t id = m_next_id++;
    const std::uint32_t queue = Roll(3) == 0 ? 0 : 1;
    (queue == 0 ? m_ticks : m_jobs).push_back(id);
    Emit(trace, EventKind::MicrotaskEnqueue, id, trace.Intern("job " + std::to_string(id)),
         trace.Intern("queued by line " + std::to_string(Roll(20))), queue);
  }

  void WorkSlice(Trace& trace) {
    Emit(trace, EventKind::WorkBegin, 0, 0, 3'000'000, 0);
    m_now += 3'000'000;
    Emit(trace, EventKind::WorkEnd, 0, 0, 0, 0);
  }

  // Drains microtasks, then moves a due timer through the timers queue and runs it.
  void LoopTurn(Trace& trace) {
    if (!m_script_ended) {
      Emit(trace, EventKind::ScriptEnd, 0, 0, 0, 0);
      m_script_ended = true;
    }
    for (std::vector<std::uint32_t>* queue : {&m_ticks, &m_jobs}) {
      for (const std::uint32_t id : *queue) {
        const std::uint32_t kind = queue == &m_ticks ? 0 : 1;
        Emit(trace, EventKind::MicrotaskRun, id, 0, 0, kind);
        Emit(trace, EventKind::Line, 0, 1 + Roll(20), 0, 1);
        Emit(trace, EventKind::MicrotaskEnd, id, 0, 0, kind);
      }
      queue->clear();
    }
    if (m_timers.empty()) return;
    const std::uint32_t timer = m_timers.front();
    m_timers.erase(m_timers.begin());
    const std::uint32_t task = m_next_id++;
    Emit(trace, EventKind::LoopPhase, 0, 0, 0, 0);
    Emit(trace, EventKind::TimerFired, timer, 0, 0, 0);
    Emit(trace, EventKind::TaskEnqueue, task, trace.Intern("timer " + std::to_string(timer)),
         trace.Intern("the timer is due"), 0);
    Emit(trace, EventKind::TaskRun, task, 0, 0, 0);
    CallAndReturn(trace);
    Emit(trace, EventKind::TaskEnd, task, 0, 0, 0);
  }

  std::mt19937 m_random;
  std::int64_t m_now = 0;
  std::uint32_t m_next_id = 1;
  bool m_script_ended = false;
  std::vector<std::uint32_t> m_timers;
  std::vector<std::uint32_t> m_ticks;
  std::vector<std::uint32_t> m_jobs;
};

}  // namespace th::trace::testing
