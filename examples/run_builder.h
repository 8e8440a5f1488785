#pragma once
// Writes a run's trace event by event, the way the runtime will record it: a small language for
// the hand-recorded runs of the examples (recorded_runs.cpp) and for tests. Each event moves
// virtual time on by a few nanoseconds, as running a statement does.

#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "session/state.h"
#include "trace/trace.h"

namespace th::examples {

class RunBuilder {
 public:
  RunBuilder(std::vector<session::SourceFile> files, session::Profile profile = session::Profile::Node);

  RunBuilder& On(std::uint16_t agent);  // the following events happen on this agent
  RunBuilder& Start(std::uint32_t file = 0);
  RunBuilder& End();
  RunBuilder& Line(std::uint32_t line, std::uint32_t file = 0);
  RunBuilder& Log(const std::string& text, bool is_error = false);
  RunBuilder& Call(const std::string& function, std::uint32_t line, std::uint32_t file = 0);
  RunBuilder& Return();
  RunBuilder& Timer(std::uint32_t id, const std::string& label, double delay_ms);
  // The clock moves on to the timer's due time (if not there yet); it leaves the Web APIs and its callback joins the timers queue as `task`.
  RunBuilder& Fire(std::uint32_t timer, std::uint32_t task, const std::string& label, const std::string& reason);
  RunBuilder& Enqueue(std::uint32_t task, const std::string& label, const std::string& reason, std::uint32_t queue);
  RunBuilder& RunTask(std::uint32_t task, std::uint32_t queue = 0);
  RunBuilder& EndTask(std::uint32_t task);
  RunBuilder& Microtask(std::uint32_t id, const std::string& label, const std::string& reason, bool next_tick = false);
  RunBuilder& RunMicrotask(std::uint32_t id, bool next_tick = false);
  RunBuilder& EndMicrotask(std::uint32_t id);
  RunBuilder& Suspend(const std::string& function);
  RunBuilder& Resume(const std::string& function, std::uint32_t line, std::uint32_t file = 0);
  RunBuilder& Spawn(std::uint16_t agent, const std::string& name, int pid, bool process);
  RunBuilder& Send(std::uint16_t to, const std::string& preview);
  RunBuilder& Receive(std::uint16_t from, const std::string& preview);
  RunBuilder& Work(double ms);
  RunBuilder& Phase(std::uint32_t queue);
  RunBuilder& Exit(int code);
  RunBuilder& AdvanceTo(double ms);  // the clock jumps (every agent idle until then)
  RunBuilder& Wait(double ms);       // the clock moves on by ms

  std::unique_ptr<trace::Trace> Build() { return std::move(m_trace); }

 private:
  RunBuilder& Add(trace::EventKind kind, std::uint32_t a = 0, std::uint32_t b = 0, std::uint64_t c = 0,
                  std::uint32_t d = 0);
  std::int64_t Tick();

  std::unique_ptr<trace::Trace> m_trace;
  std::uint16_t m_agent = 0;
  std::int64_t m_now_ns = 0;
  std::unordered_map<std::uint32_t, std::int64_t> m_timer_due_ns;  // by timer id
};

}  // namespace th::examples
