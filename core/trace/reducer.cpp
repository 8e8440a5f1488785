#include "trace/reducer.h"

#include <algorithm>

#include "trace/trace.h"

namespace th::trace {

namespace {

constexpr double kNsPerMs = 1e6;

std::string FileName(const Trace& trace, std::uint32_t index) {
  return index < trace.Files().size() ? trace.Files()[index].name : std::string("?");
}

// After a callback returns to the event loop with nothing on the stack, the agent waits.
void IdleIfStackEmpty(AgentModel& agent) {
  if (agent.stack.empty() && agent.status != AgentStatus::Exited) {
    agent.status = AgentStatus::Idle;
  }
}

RunningCallback Running(RunningCallback::Kind kind) {
  RunningCallback running;
  running.kind = kind;
  return running;
}

template <typename Item>
void CopyList(const ItemList<Item>& from, std::vector<Item>& to) {
  from.CopyTo(to, [](const Item& item) { return item; });
}

QueueItem Shown(const Trace& trace, const StoredQueueItem& item) {
  return {trace.String(item.label), trace.String(item.reason), item.id};
}

void CopyList(const Trace& trace, const ItemList<StoredQueueItem>& from, std::vector<QueueItem>& to) {
  from.CopyTo(to, [&trace](const StoredQueueItem& item) { return Shown(trace, item); });
}

}  // namespace

Reducer::Reducer(const Trace& trace) : m_trace(&trace) {
  for (const TaskQueue& queue : EmptyTaskQueues(trace.Profile())) m_queue_names.push_back(queue.name);
  // Step 0: what InitialState shows, one idle main agent with empty queues.
  AgentModel& main = AgentFor(0);
  main.name = "main";
  main.pid = 4242;
  main.task_queues.resize(m_queue_names.size());
}

void Reducer::ApplyNext() {
  Apply(m_trace->At(m_step));
  ++m_step;
}

AgentModel& Reducer::AgentFor(std::uint16_t id) {
  // Agents are numbered in the order they were spawned; 0 is the main agent.
  if (id >= m_agents.size()) m_agents.resize(id + 1u);
  return m_agents[id];
}

std::size_t Reducer::ItemCount() const {
  std::size_t items = 0;
  for (const AgentModel& agent : m_agents) {
    items += 1 + agent.stack.size() + agent.next_ticks.size() + agent.microtasks.size() + agent.timers.size() +
             agent.io.size();
    for (const auto& queue : agent.task_queues) items += queue.size();
  }
  return items;
}

std::size_t Reducer::MemoryBytes() const {
  std::size_t bytes = sizeof(*this) + m_agents.capacity() * sizeof(AgentModel);
  for (const AgentModel& agent : m_agents) {
    bytes += agent.stack.capacity() * sizeof(StackFrame);
    for (const StackFrame& frame : agent.stack) {
      bytes += (frame.function.capacity() > 15 ? frame.function.capacity() + 1 : 0) +
               (frame.file.capacity() > 15 ? frame.file.capacity() + 1 : 0);
    }
    bytes += agent.task_queues.capacity() * sizeof(agent.task_queues[0]);
    for (const auto& queue : agent.task_queues) bytes += queue.HeapBytes();
    bytes += agent.next_ticks.HeapBytes() + agent.microtasks.HeapBytes() + agent.timers.HeapBytes() + agent.io.HeapBytes();
  }
  return bytes;
}

void Reducer::Fill(State& state) const {
  state.agents.resize(m_agents.size());
  for (std::size_t i = 0; i < m_agents.size(); ++i) {
    const AgentModel& from = m_agents[i];
    AgentState& to = state.agents[i];
    to.id = from.id;
    if (to.name != from.name) to.name = from.name;
    to.pid = from.pid;
    to.status = from.status;
    to.exit_code = from.exit_code;
    to.stack = from.stack;
    to.task_queues.resize(from.task_queues.size());
    for (std::size_t q = 0; q < from.task_queues.size(); ++q) {
      const std::string& name = q < m_queue_names.size() ? m_queue_names[q] : m_queue_names.back();
      if (to.task_queues[q].name != name) to.task_queues[q].name = name;
      CopyList(*m_trace, from.task_queues[q], to.task_queues[q].items);
    }
    CopyList(*m_trace, from.next_ticks, to.next_ticks);
    CopyList(*m_trace, from.microtasks, to.microtasks);
    CopyList(from.timers, to.timers);
    CopyList(from.io, to.io);
  }
  state.position = m_position;
  state.time_ms = m_time_ms;
  state.step = static_cast<std::int64_t>(m_step);
}

void Reducer::Apply(const Event& event) {
  using Kind = RunningCallback::Kind;
  const Trace& trace = *m_trace;
  AgentModel& agent = AgentFor(event.agent);
  m_time_ms = static_cast<double>(event.time_ns) / kNsPerMs;
  const auto text = [&trace](std::uint64_t id) { return trace.String(static_cast<std::uint32_t>(id)); };
  const auto task_queue = [&agent](std::uint32_t index) {
    return index < agent.task_queues.size() ? &agent.task_queues[index] : nullptr;
  };

  switch (event.kind) {
    case EventKind::ScriptStart:
      agent.status = AgentStatus::Running;
      agent.stack.push_back({"(main script)", FileName(trace, event.a), 1});
      agent.running = Running(Kind::Script);
      agent.script_ended = false;
      agent.task_since_script = false;
      break;
    case EventKind::ScriptEnd:
      agent.stack.clear();
      IdleIfStackEmpty(agent);
      m_position.file = -1;
      agent.running = {};
      agent.script_ended = true;
      agent.task_since_script = false;
      break;
    case EventKind::CallPush:
      agent.status = AgentStatus::Running;
      agent.stack.push_back({std::string(text(event.a)), FileName(trace, event.b), static_cast<int>(event.d)});
      break;
    case EventKind::CallPop:
      if (!agent.stack.empty()) agent.stack.pop_back();
      break;
    case EventKind::Line:
      m_position = {static_cast<int>(event.a), static_cast<int>(event.b), static_cast<int>(event.d)};
      if (!agent.stack.empty()) agent.stack.back().line = static_cast<int>(event.b);
      break;
    case EventKind::Console:
      m_console_count = event.a + 1u;
      break;
    case EventKind::TimerSet: {
      agent.timers.Remove(event.a);  // setInterval re-arms the same timer
      const int line = agent.stack.empty() ? 0 : agent.stack.back().line;
      agent.timers.push_back({text(event.b), m_time_ms, static_cast<double>(event.c) / kNsPerMs, event.d != 0, event.a, line});
      break;
    }
    case EventKind::TimerCleared:
      agent.timers.Remove(event.a);
      break;
    case EventKind::TimerFired:
      if (const PendingTimer* timer = agent.timers.Remove(event.a)) agent.fired_timer = *timer;
      break;
    case EventKind::TaskEnqueue:
      if (auto* queue = task_queue(event.d)) queue->push_back({event.b, static_cast<std::uint32_t>(event.c), event.a});
      break;
    case EventKind::TaskRun: {
      RunningCallback running = Running(Kind::Task);
      running.queue = event.d;
      running.item.id = event.a;
      if (auto* queue = task_queue(event.d)) {
        if (const StoredQueueItem* item = queue->Remove(event.a)) running.item = Shown(trace, *item);
      }
      const PendingTimer& timer = agent.fired_timer;
      if (timer.id == event.a && timer.id != 0) {
        running.timer = true;
        running.repeating = timer.repeating;
        running.timer_line = timer.line;
        running.timer_delay_ms = timer.due_ms - timer.created_ms;
      }
      agent.running = running;
      agent.status = AgentStatus::Running;
      if (agent.script_ended) agent.task_since_script = true;
      break;
    }
    case EventKind::TaskCancel:
      if (auto* queue = task_queue(event.d)) queue->Remove(event.a);
      break;
    case EventKind::TaskEnd:
    case EventKind::MicrotaskEnd:
      IdleIfStackEmpty(agent);
      agent.running = {};
      break;
    case EventKind::MicrotaskEnqueue:
      (event.d == 0 ? agent.next_ticks : agent.microtasks).push_back({event.b, static_cast<std::uint32_t>(event.c), event.a});
      break;
    case EventKind::MicrotaskRun: {
      RunningCallback running = Running(event.d == 0 ? Kind::NextTick : Kind::Microtask);
      running.item.id = event.a;
      if (const StoredQueueItem* item = (event.d == 0 ? agent.next_ticks : agent.microtasks).Remove(event.a)) {
        running.item = Shown(trace, *item);
      }
      agent.running = running;
      agent.status = AgentStatus::Running;
      break;
    }
    case EventKind::AwaitSuspend:
      if (!agent.stack.empty()) agent.stack.pop_back();
      break;
    case EventKind::AwaitResume:
      agent.status = AgentStatus::Running;
      agent.stack.push_back({std::string(text(event.a)), FileName(trace, event.b), static_cast<int>(event.d)});
      break;
    case EventKind::AgentSpawn: {
      AgentModel& spawned = AgentFor(static_cast<std::uint16_t>(event.a));
      spawned.id = static_cast<int>(event.a);
      spawned.name = std::string(text(event.b));
      spawned.pid = static_cast<int>(event.c);
      spawned.status = AgentStatus::Idle;
      spawned.task_queues.assign(m_queue_names.size(), {});
      break;
    }
    case EventKind::AgentExit:
      agent.status = AgentStatus::Exited;
      agent.exit_code = static_cast<int>(event.a);
      agent.stack.clear();
      agent.running = {};
      break;
    case EventKind::WorkBegin:
      agent.status = AgentStatus::Busy;
      break;
    case EventKind::WorkEnd:
    case EventKind::AtomicsWake:
      agent.status = AgentStatus::Running;
      break;
    case EventKind::AtomicsWait:
      agent.status = AgentStatus::Blocked;
      break;
    case EventKind::IoBegin:
      agent.io.push_back({text(event.b), m_time_ms, static_cast<double>(event.c) / kNsPerMs, event.a});
      break;
    case EventKind::IoEnd:
      agent.io.Remove(event.a);
      break;
    case EventKind::PromiseState:
    case EventKind::MessageSend:
    case EventKind::MessageReceive:
    case EventKind::LoopPhase:
    case EventKind::Error:
    case EventKind::RunEnd:
      // Shown by the explanation, the console and the timeline; no panel list changes.
      break;
  }
}

}  // namespace th::trace
