#pragma once
// Writes an agent's events into the run's trace, stamped with its virtual clock. With no trace
// (the CLI without --trace) every call is a cheap no-op.

#include <cstdint>
#include <string>
#include <string_view>

#include "runtime/virtual_clock.h"
#include "trace/trace.h"

namespace th::runtime {

class TraceRecorder {
 public:
  TraceRecorder(trace::Trace* trace, const VirtualClock& clock, std::uint16_t agent, std::size_t max_events)
      : m_trace(trace), m_clock(clock), m_agent(agent), m_max_events(max_events) {}

  bool Enabled() const { return m_trace != nullptr && !m_full; }

  void Emit(trace::EventKind kind, std::uint32_t a = 0, std::uint32_t b = 0, std::uint64_t c = 0, std::uint32_t d = 0) {
    if (!Enabled()) return;
    if (m_trace->Size() >= m_max_events) {
      // A run too long to keep step by step: record that it happened, then only its output.
      m_full = true;
      m_trace->Append(trace::MakeEvent(trace::EventKind::Error, m_clock.NowNs(),
                                m_trace->Intern("the trace is full: the rest of the run is not recorded step by step"),
                                0, 0, 0, m_agent));
      return;
    }
    m_trace->Append(trace::MakeEvent(kind, m_clock.NowNs(), a, b, c, d, m_agent));
  }

  // A console line printed by `origin` (this agent, or a worker whose output this one writes),
  // in a task that `cause`'s event started.
  void Console(bool is_error, std::string text, std::uint16_t origin, std::uint16_t cause) {
    if (m_trace) m_trace->AppendConsole(origin, m_clock.NowNs(), is_error, std::move(text), cause);
  }

  std::uint32_t Intern(std::string_view text) { return Enabled() ? m_trace->Intern(text) : 0; }

  // The index of a file in the trace's list of files, added when it is new (a worker's eval'd
  // code, which no tab holds).
  std::uint32_t FileIndex(std::string_view name, std::string_view source) {
    return Enabled() ? m_trace->FileIndex(name, source) : 0;
  }

 private:
  trace::Trace* m_trace;
  const VirtualClock& m_clock;
  std::uint16_t m_agent;
  std::size_t m_max_events;
  bool m_full = false;
};

}  // namespace th::runtime
