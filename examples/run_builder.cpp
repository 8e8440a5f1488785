#include "examples/run_builder.h"

#include <utility>

#include "trace/event.h"

namespace th::examples {

using trace::EventKind;

namespace {
constexpr std::int64_t kNsPerEvent = 40;  // a statement's worth of instructions at ~1 ns each
constexpr double kNsPerMs = 1e6;
}  // namespace

RunBuilder::RunBuilder(std::vector<session::SourceFile> files, session::Profile profile)
    : m_trace(std::make_unique<trace::Trace>(std::move(files), profile)) {}

std::int64_t RunBuilder::Tick() { return m_now_ns += kNsPerEvent; }

RunBuilder& RunBuilder::Add(EventKind kind, std::uint32_t a, std::uint32_t b, std::uint64_t c, std::uint32_t d) {
  const std::int64_t time_ns = Tick();
  m_trace->Append(trace::MakeEvent(kind, time_ns, a, b, c, d, m_agent));
  return *this;
}

RunBuilder& RunBuilder::On(std::uint16_t agent) {
  m_agent = agent;
  return *this;
}
RunBuilder& RunBuilder::Start(std::uint32_t file) { return Add(EventKind::ScriptStart, file); }
RunBuilder& RunBuilder::End() { return Add(EventKind::ScriptEnd); }
RunBuilder& RunBuilder::Line(std::uint32_t line, std::uint32_t file) { return Add(EventKind::Line, file, line, 0, 1); }
RunBuilder& RunBuilder::Log(const std::string& text, bool is_error) {
  m_trace->AppendConsole(m_agent, Tick(), is_error, text);
  return *this;
}
RunBuilder& RunBuilder::Call(const std::string& function, std::uint32_t line, std::uint32_t file) {
  return Add(EventKind::CallPush, m_trace->Intern(function), file, 0, line);
}
RunBuilder& RunBuilder::Return() { return Add(EventKind::CallPop); }
RunBuilder& RunBuilder::Timer(std::uint32_t id, const std::string& label, double delay_ms) {
  // Node treats a delay under 1 ms as 1 ms.
  const double delay = delay_ms < 1.0 ? 1.0 : delay_ms;
  const std::int64_t due = m_now_ns + kNsPerEvent + static_cast<std::int64_t>(delay * kNsPerMs);
  m_timer_due_ns[id] = due;
  return Add(EventKind::TimerSet, id, m_trace->Intern(label), static_cast<std::uint64_t>(due), 0);
}
RunBuilder& RunBuilder::Fire(std::uint32_t timer, std::uint32_t task, const std::string& label, const std::string& reason) {
  const auto due = m_timer_due_ns.find(timer);
  if (due != m_timer_due_ns.end() && due->second - kNsPerEvent > m_now_ns) m_now_ns = due->second - kNsPerEvent;
  Add(EventKind::TimerFired, timer);
  return Enqueue(task, label, reason, 0);
}
RunBuilder& RunBuilder::Enqueue(std::uint32_t task, const std::string& label, const std::string& reason, std::uint32_t queue) {
  return Add(EventKind::TaskEnqueue, task, m_trace->Intern(label), m_trace->Intern(reason), queue);
}
RunBuilder& RunBuilder::RunTask(std::uint32_t task, std::uint32_t queue) { return Add(EventKind::TaskRun, task, 0, 0, queue); }
RunBuilder& RunBuilder::EndTask(std::uint32_t task) { return Add(EventKind::TaskEnd, task); }
RunBuilder& RunBuilder::Microtask(std::uint32_t id, const std::string& label, const std::string& reason, bool next_tick) {
  return Add(EventKind::MicrotaskEnqueue, id, m_trace->Intern(label), m_trace->Intern(reason), next_tick ? 0 : 1);
}
RunBuilder& RunBuilder::RunMicrotask(std::uint32_t id, bool next_tick) {
  return Add(EventKind::MicrotaskRun, id, 0, 0, next_tick ? 0 : 1);
}
RunBuilder& RunBuilder::EndMicrotask(std::uint32_t id) { return Add(EventKind::MicrotaskEnd, id); }
RunBuilder& RunBuilder::Suspend(const std::string& function) { return Add(EventKind::AwaitSuspend, m_trace->Intern(function)); }
RunBuilder& RunBuilder::Resume(const std::string& function, std::uint32_t line, std::uint32_t file) {
  return Add(EventKind::AwaitResume, m_trace->Intern(function), file, 0, line);
}
RunBuilder& RunBuilder::Spawn(std::uint16_t agent, const std::string& name, int pid, bool process) {
  return Add(EventKind::AgentSpawn, agent, m_trace->Intern(name), static_cast<std::uint64_t>(pid), process ? 1 : 0);
}
RunBuilder& RunBuilder::Send(std::uint16_t to, const std::string& preview) {
  return Add(EventKind::MessageSend, to, m_trace->Intern(preview));
}
RunBuilder& RunBuilder::Receive(std::uint16_t from, const std::string& preview) {
  return Add(EventKind::MessageReceive, from, m_trace->Intern(preview));
}
RunBuilder& RunBuilder::Work(double ms) {
  Add(EventKind::WorkBegin, 0, 0, static_cast<std::uint64_t>(ms * kNsPerMs));
  m_now_ns += static_cast<std::int64_t>(ms * kNsPerMs);
  return Add(EventKind::WorkEnd);
}
RunBuilder& RunBuilder::Phase(std::uint32_t queue) { return Add(EventKind::LoopPhase, queue); }
RunBuilder& RunBuilder::Exit(int code) { return Add(EventKind::AgentExit, static_cast<std::uint32_t>(code)); }
RunBuilder& RunBuilder::AdvanceTo(double ms) {
  const auto target = static_cast<std::int64_t>(ms * kNsPerMs);
  if (target > m_now_ns) m_now_ns = target - kNsPerEvent;
  return *this;
}
RunBuilder& RunBuilder::Wait(double ms) {
  m_now_ns += static_cast<std::int64_t>(ms * kNsPerMs);
  return *this;
}

}  // namespace th::examples
