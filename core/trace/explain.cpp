#include "trace/explain.h"

#include <cstdio>

#include "trace/trace.h"

namespace th::trace {

namespace {

std::string QueueName(const session::State& state, std::uint16_t agent, std::uint32_t queue) {
  if (agent < state.agents.size() && queue < state.agents[agent].task_queues.size()) {
    return state.agents[agent].task_queues[queue].name;
  }
  return "task";
}

std::string Milliseconds(std::int64_t ns) {
  char text[32];
  std::snprintf(text, sizeof text, "%g ms", static_cast<double>(ns) / 1e6);
  return text;
}

// Whether the agent's main script has already finished when event `seq` happens.
bool ScriptFinishedBefore(const Trace& trace, std::size_t seq, std::uint16_t agent) {
  for (std::size_t i = seq; i-- > 0;) {
    const Event& event = trace.At(i);
    if (event.agent != agent) continue;
    if (event.kind == EventKind::ScriptEnd) return true;
    if (event.kind == EventKind::ScriptStart) return false;
  }
  return false;
}

// Whether a task (a timer, an immediate, a message) ran on the agent since its script ended.
bool InsideTaskAt(const Trace& trace, std::size_t seq, std::uint16_t agent) {
  for (std::size_t i = seq; i-- > 0;) {
    const Event& event = trace.At(i);
    if (event.agent != agent) continue;
    if (event.kind == EventKind::TaskRun) return true;
    if (event.kind == EventKind::ScriptEnd || event.kind == EventKind::ScriptStart) return false;
  }
  return false;
}

}  // namespace

std::string ExplainStep(const Trace& trace, std::size_t step, const session::State& state) {
  if (step == 0 || step > trace.Size()) return state.explanation;
  const std::size_t seq = step - 1;
  const Event& event = trace.At(seq);
  const auto text = [&](std::uint64_t id) { return std::string(trace.String(static_cast<std::uint32_t>(id))); };
  switch (event.kind) {
    case EventKind::ScriptStart:
      return "The program starts: the thread runs the main script from top to bottom before anything that is queued.";
    case EventKind::ScriptEnd:
      return trace.Profile() == session::Profile::Node
                 ? "The script has finished, so the event loop empties the nextTick queue, then the microtask queue, before it takes the first task."
                 : "The script has finished, so the browser empties the microtask queue before it takes the first task.";
    case EventKind::CallPush:
      return text(event.a) + " is called: a new frame goes on top of the call stack.";
    case EventKind::CallPop:
      return "The function returns: its frame comes off the call stack.";
    case EventKind::Line:
      return "Line " + std::to_string(event.b) + " runs.";
    case EventKind::Console:
      return std::string(event.b ? "console.error writes to stderr: " : "console.log prints: ") +
             trace.ConsoleLines()[event.a].text;
    case EventKind::TimerSet:
      return event.d ? "setInterval starts a repeating timer: it waits outside the thread and queues its callback every time it is due."
                     : "setTimeout starts a timer: the callback waits outside the thread until " +
                           Milliseconds(static_cast<std::int64_t>(event.c)) + ", then joins the timers queue.";
    case EventKind::TimerCleared:
      return "The timer is cleared: its callback will never run.";
    case EventKind::TimerFired:
      return "A timer is due, so the event loop takes its callback in the timers phase.";
    case EventKind::TaskEnqueue:
      return text(event.b) + " joins the " + QueueName(state, event.agent, event.d) + " queue.";
    case EventKind::TaskRun:
      return "The call stack is empty and no microtask is waiting, so the event loop takes the next task from the " +
             QueueName(state, event.agent, event.d) + " queue.";
    case EventKind::TaskEnd:
      return "The task has finished. Before the next one, every waiting microtask runs.";
    case EventKind::TaskCancel:
      return "clearImmediate takes the callback out of the check queue: it will never run.";
    case EventKind::MicrotaskEnqueue:
      return event.d == 0 ? "process.nextTick queues a callback: it runs as soon as the current operation ends, before promise callbacks."
                          : text(event.b) + " joins the microtask queue: it runs as soon as the call stack is empty, before any task.";
    case EventKind::MicrotaskRun: {
      const char* queue = event.d == 0 ? "nextTick" : "microtask";
      if (!ScriptFinishedBefore(trace, seq, event.agent)) return std::string("A ") + queue + " runs.";
      return InsideTaskAt(trace, seq, event.agent)
                 ? std::string("The task has finished, so the event loop empties the ") + queue + " queue before it takes the next task."
                 : std::string("The script has finished, so the event loop empties the ") + queue + " queue before it takes the first task.";
    }
    case EventKind::MicrotaskEnd:
      return "The microtask has finished; the next waiting one runs, if any.";
    case EventKind::PromiseState:
      return "Promise #" + std::to_string(event.a) + (event.b == 2 ? " is rejected" : " is fulfilled") +
             ": each callback waiting on it becomes a microtask.";
    case EventKind::AwaitSuspend:
      return text(event.a) + " reaches await: it pauses and leaves the call stack, and its caller carries on.";
    case EventKind::AwaitResume:
      return text(event.a) + " resumes after await, in a microtask.";
    case EventKind::AgentSpawn:
      return event.d ? "A child process starts: another house next door, with its own memory and event loop."
                     : "A worker thread starts: another worker with its own event loop and heap.";
    case EventKind::AgentExit:
      return "The agent exits with code " + std::to_string(event.a) + ".";
    case EventKind::MessageSend:
      return "A message is sent: a copy of it travels to the other agent's queue.";
    case EventKind::MessageReceive:
      return "A message arrives and its handler runs as a task.";
    case EventKind::WorkBegin:
      return "work(" + Milliseconds(static_cast<std::int64_t>(event.c)) + ") keeps the thread busy: nothing else can run on it until it ends.";
    case EventKind::WorkEnd:
      return "The work is done; the thread is free again.";
    case EventKind::IoBegin:
      return "I/O starts outside the thread, which is free to do other work meanwhile.";
    case EventKind::IoEnd:
      return "The I/O has finished: its result is delivered back to the thread.";
    case EventKind::LoopPhase:
      return "The event loop enters the " + QueueName(state, event.agent, event.a) + " phase.";
    case EventKind::Error:
      return "Uncaught " + text(event.a) + ": the program stops here.";
  }
  return {};
}

}  // namespace th::trace
