#include "trace/reducer.h"

#include <algorithm>

#include "trace/trace.h"

namespace th::trace {

namespace {

constexpr double kNsPerMs = 1e6;

// Removes the item with `id` from a list of timers, I/O or queue items, wherever it stands
// (a cleared timer need not be the first).
template <typename Item>
void RemoveById(std::vector<Item>& items, std::uint32_t id) {
  const auto found = std::find_if(items.begin(), items.end(), [id](const Item& item) { return item.id == id; });
  if (found != items.end()) items.erase(found);
}

std::string FileName(const Trace& trace, std::uint32_t index) {
  return index < trace.Files().size() ? trace.Files()[index].name : std::string("?");
}

// After a callback returns to the event loop with nothing on the stack, the agent waits.
void IdleIfStackEmpty(session::AgentState& agent) {
  if (agent.stack.empty() && agent.status != session::AgentStatus::Exited) {
    agent.status = session::AgentStatus::Idle;
  }
}

}  // namespace

Reducer::Reducer(const Trace& trace)
    : m_trace(&trace), m_state(session::InitialState(trace.Files(), trace.Profile())) {}

void Reducer::ApplyNext() {
  Apply(m_trace->At(m_step));
  ++m_step;
  m_state.step = static_cast<std::int64_t>(m_step);
}

session::AgentState& Reducer::Agent(std::uint16_t id) {
  // Agents are numbered in the order they were spawned; 0 is the main agent.
  if (id >= m_state.agents.size()) m_state.agents.resize(id + 1u);
  return m_state.agents[id];
}

void Reducer::Apply(const Event& event) {
  using session::AgentStatus;
  const Trace& trace = *m_trace;
  session::AgentState& agent = Agent(event.agent);
  m_state.time_ms = static_cast<double>(event.time_ns) / kNsPerMs;

  switch (event.kind) {
    case EventKind::ScriptStart:
      agent.status = AgentStatus::Running;
      agent.stack.push_back({"(main script)", FileName(trace, event.a), 1});
      break;
    case EventKind::ScriptEnd:
      agent.stack.clear();
      IdleIfStackEmpty(agent);
      m_state.position.file = -1;
      break;
    case EventKind::CallPush:
      agent.status = AgentStatus::Running;
      agent.stack.push_back({std::string(trace.String(event.a)), FileName(trace, event.b),
                             static_cast<int>(event.d)});
      break;
    case EventKind::CallPop:
      if (!agent.stack.empty()) agent.stack.pop_back();
      break;
    case EventKind::Line:
      m_state.position = {static_cast<int>(event.a), static_cast<int>(event.b), static_cast<int>(event.d)};
      if (!agent.stack.empty()) agent.stack.back().line = static_cast<int>(event.b);
      break;
    case EventKind::Console:
      m_console_count = event.a + 1u;
      break;
    case EventKind::TimerSet:
      RemoveById(agent.timers, event.a);  // setInterval re-arms the same timer
      agent.timers.push_back({std::string(trace.String(event.b)), m_state.time_ms,
                              static_cast<double>(event.c) / kNsPerMs, event.d != 0, event.a});
      break;
    case EventKind::TimerCleared:
    case EventKind::TimerFired:
      RemoveById(agent.timers, event.a);
      break;
    case EventKind::TaskEnqueue:
      if (event.d < agent.task_queues.size()) {
        agent.task_queues[event.d].items.push_back(
            {std::string(trace.String(event.b)), std::string(trace.String(static_cast<std::uint32_t>(event.c))), event.a});
      }
      break;
    case EventKind::TaskRun:
      if (event.d < agent.task_queues.size()) RemoveById(agent.task_queues[event.d].items, event.a);
      agent.status = AgentStatus::Running;
      break;
    case EventKind::TaskCancel:
      if (event.d < agent.task_queues.size()) RemoveById(agent.task_queues[event.d].items, event.a);
      break;
    case EventKind::TaskEnd:
    case EventKind::MicrotaskEnd:
      IdleIfStackEmpty(agent);
      break;
    case EventKind::MicrotaskEnqueue:
      (event.d == 0 ? agent.next_ticks : agent.microtasks)
          .push_back({std::string(trace.String(event.b)), std::string(trace.String(static_cast<std::uint32_t>(event.c))), event.a});
      break;
    case EventKind::MicrotaskRun:
      RemoveById(event.d == 0 ? agent.next_ticks : agent.microtasks, event.a);
      agent.status = AgentStatus::Running;
      break;
    case EventKind::AwaitSuspend:
      if (!agent.stack.empty()) agent.stack.pop_back();
      break;
    case EventKind::AwaitResume:
      agent.status = AgentStatus::Running;
      agent.stack.push_back({std::string(trace.String(event.a)), FileName(trace, event.b), static_cast<int>(event.d)});
      break;
    case EventKind::AgentSpawn: {
      session::AgentState& spawned = Agent(static_cast<std::uint16_t>(event.a));
      spawned.id = static_cast<int>(event.a);
      spawned.name = std::string(trace.String(event.b));
      spawned.pid = static_cast<int>(event.c);
      spawned.status = AgentStatus::Idle;
      spawned.task_queues = session::EmptyTaskQueues(m_state.profile);
      break;
    }
    case EventKind::AgentExit:
      agent.status = AgentStatus::Exited;
      agent.exit_code = static_cast<int>(event.a);
      agent.stack.clear();
      break;
    case EventKind::WorkBegin:
      agent.status = AgentStatus::Busy;
      break;
    case EventKind::WorkEnd:
      agent.status = AgentStatus::Running;
      break;
    case EventKind::IoBegin:
      agent.io.push_back({std::string(trace.String(event.b)), m_state.time_ms,
                          static_cast<double>(event.c) / kNsPerMs, event.a});
      break;
    case EventKind::IoEnd:
      RemoveById(agent.io, event.a);
      break;
    case EventKind::PromiseState:
    case EventKind::MessageSend:
    case EventKind::MessageReceive:
    case EventKind::LoopPhase:
    case EventKind::Error:
      // Shown by the explanation, the console and the timeline; no panel list changes.
      break;
  }
}

}  // namespace th::trace
