#include "trace/explain.h"

#include <cmath>
#include <cstdio>

#include "trace/reducer.h"
#include "trace/trace.h"

namespace th::trace {

namespace {

using Kind = RunningCallback::Kind;

std::string QueueName(const State& state, std::uint16_t agent, std::uint32_t queue) {
  if (agent < state.agents.size() && queue < state.agents[agent].task_queues.size()) {
    return state.agents[agent].task_queues[queue].name;
  }
  return "task";
}

std::string Milliseconds(double ms) {
  char text[32];
  std::snprintf(text, sizeof text, "%g ms", ms);
  return text;
}

std::string Milliseconds(std::int64_t ns) { return Milliseconds(static_cast<double>(ns) / 1e6); }

bool StartsWith(std::string_view text, std::string_view prefix) { return text.substr(0, prefix.size()) == prefix; }

std::string AgentName(const State& state, std::uint32_t agent) {
  if (agent < state.agents.size() && !state.agents[agent].name.empty()) return state.agents[agent].name;
  return agent == 0 ? "main" : "agent " + std::to_string(agent);
}

// Why an agent ended, from its exit code.
std::string ExitMeaning(std::uint32_t code) {
  if (code == 0) return "its event loop had nothing left to do (or it called exit(0))";
  if (code == 1) return "an error nobody caught ended it, or it was told to stop";
  if (code == 134) return "it ran out of memory";
  if (code > 128) return "a signal stopped it";
  return "it called exit(" + std::to_string(code) + ")";
}

// The delay a timer asked for, from when it was set and when it was due: Node counts from the
// loop's whole-millisecond clock, so the difference is at most a millisecond short of it.
double TimerDelayMs(const RunningCallback& running, Profile profile) {
  const double delay = running.timer_delay_ms;
  return profile == Profile::Node ? std::ceil(delay - 1e-6) : delay;
}

bool IsNamed(const std::string& function) {
  return !function.empty() && function != "(anonymous)" && function != "(main script)";
}

// " inside square()" when the line belongs to a named function the callback called.
std::string InsideFunction(const AgentState& agent) {
  if (agent.stack.size() < 2 || !IsNamed(agent.stack.back().function)) return {};
  return " inside " + agent.stack.back().function + "()";
}

// "tick(), the callback" when the callback is a named function, else "the callback".
std::string TheCallback(const AgentState* agent) {
  if (agent && !agent->stack.empty() && IsNamed(agent->stack.front().function)) {
    return agent->stack.front().function + "(), the callback";
  }
  return "the callback";
}

// What a line that runs is part of, and why that runs now.
std::string ExplainLine(const Trace& trace, const Event& event, const State& state, const Reducer& reducer) {
  const std::string line = "Line " + std::to_string(event.b);
  const AgentModel* model = reducer.Agent(event.agent);
  const AgentState* agent = event.agent < state.agents.size() ? &state.agents[event.agent] : nullptr;
  const std::string inside = agent ? InsideFunction(*agent) : std::string();
  if (!model) return line + " runs" + inside + ".";
  const RunningCallback& running = model->running;
  const std::string_view label = running.item.label;
  switch (running.kind) {
    case Kind::Script:
      if (!inside.empty()) return line + " runs" + inside + ", called by the main script: nothing queued can run until the script finishes.";
      return line + " runs in the main script, which runs from top to bottom: nothing queued can run until it finishes.";
    case Kind::Task:
      if (running.timer) {
        const std::string api = running.repeating ? "setInterval" : "setTimeout";
        const std::string set_on = running.timer_line > 0 ? " on line " + std::to_string(running.timer_line) : std::string();
        if (running.repeating) {
          return line + " runs" + inside + " in " + TheCallback(agent) + " of " + api + set_on +
                 ": its interval had passed and the call stack was empty.";
        }
        return line + " runs" + inside + " in " + TheCallback(agent) + " of " + api + set_on + ": its " +
               Milliseconds(TimerDelayMs(running, trace.Profile())) + " delay had passed and the call stack was empty.";
      }
      if (running.item.reason == "setImmediate") {
        return line + " runs" + inside + " in a setImmediate callback: the check phase runs it right after the poll phase.";
      }
      return line + " runs" + inside + " in a task from the " + QueueName(state, event.agent, running.queue) +
             " queue: the event loop took it because the call stack was empty.";
    case Kind::NextTick:
      return line + " runs" + inside + " in a process.nextTick callback: nextTicks run as soon as the current operation ends, before promise callbacks.";
    case Kind::Microtask:
      if (StartsWith(label, "resume ") || StartsWith(label, "throw into ")) {
        // "resume job() after await": the async function carries on where it paused.
        const std::size_t space = label.find(' ');
        const std::size_t parens = label.find("()", space);
        const std::string function =
            parens == std::string_view::npos ? "the async function" : std::string(label.substr(space + 1, parens - space - 1)) + "()";
        return line + " runs" + inside + " as " + function +
               " resumes after await: the awaited promise settled, and microtasks run as soon as the call stack is empty.";
      }
      if (StartsWith(label, "queueMicrotask")) {
        return line + " runs" + inside + " in a queueMicrotask callback: microtasks run as soon as the call stack is empty, before any task.";
      }
      {
        const std::string callback = StartsWith(label, "then callback")    ? "a .then callback"
                                     : StartsWith(label, "catch callback") ? "a .catch callback"
                                                                           : "a promise callback";
        return line + " runs" + inside + " in " + callback +
               ", a microtask: its promise has settled, and microtasks run as soon as the call stack is empty.";
      }
    case Kind::None:
      break;
  }
  return line + " runs" + inside + ".";
}

}  // namespace

std::string ExplainStep(const Trace& trace, std::size_t step, const State& state, const Reducer& reducer) {
  if (step == 0 || step > trace.Size()) return std::string(kBeforeTheRunExplanation);
  const Event event = trace.At(step - 1);
  const auto text = [&](std::uint64_t id) { return std::string(trace.String(static_cast<std::uint32_t>(id))); };
  const AgentModel* model = reducer.Agent(event.agent);
  switch (event.kind) {
    case EventKind::ScriptStart:
      return "The program starts: the thread runs the main script from top to bottom before anything that is queued.";
    case EventKind::ScriptEnd:
      return trace.Profile() == Profile::Node
                 ? "The script has finished, so the event loop empties the nextTick queue, then the microtask queue, before it takes the first task."
                 : "The script has finished, so the browser empties the microtask queue before it takes the first task.";
    case EventKind::CallPush:
      if (event.c == 1) {
        return "The generator " + text(event.a) +
               " resumes where it stopped: its frame goes back on top of the call stack, with its variables as they were.";
      }
      return text(event.a) + " is called: a new frame goes on top of the call stack.";
    case EventKind::CallPop:
      if (event.c == 1) {
        return "The generator yields: its frame leaves the call stack, keeping its place and its variables, and next() "
               "returns the value to its caller.";
      }
      return "The function returns: its frame comes off the call stack.";
    case EventKind::Line:
      return ExplainLine(trace, event, state, reducer);
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
      return trace.Profile() == Profile::Node
                 ? "A timer is due, so the event loop takes its callback in the timers phase."
                 : "A timer is due, so its callback joins the task queue.";
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
      if (!model || !model->script_ended) return std::string("A ") + queue + " runs.";
      return model->task_since_script
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
    case EventKind::AgentSpawn: {
      const std::string parent = AgentName(state, event.agent);
      const std::string child = text(event.b);
      return event.d ? parent + " forks " + child +
                           ": a new process, a house of its own next door, with its own memory and event loop. It "
                           "starts its file from the top while " + parent + " carries on without waiting."
                     : parent + " starts " + child +
                           ": a new thread with its own heap and event loop. The worker runs on its own thread, so " +
                           parent + " does not wait for it.";
    }
    case EventKind::AgentExit:
      return AgentName(state, event.agent) + " ends with exit code " + std::to_string(event.a) + ": " + ExitMeaning(event.a) + ".";
    case EventKind::MessageSend:
      return AgentName(state, event.agent) + " sends " + text(event.b) + " to " + AgentName(state, event.a) +
             ": a copy travels to the other event loop (they share no memory), and the sender carries on without waiting.";
    case EventKind::MessageReceive:
      return AgentName(state, event.agent) + " takes " + text(event.b) + " from " + AgentName(state, event.a) +
             ": messages arrive in the poll phase, and its 'message' listener runs as a task.";
    case EventKind::RunEnd:
      return text(event.a);
    case EventKind::WorkBegin:
      return "work(" + Milliseconds(static_cast<std::int64_t>(event.c)) + ") keeps the thread busy: nothing else can run on it until it ends.";
    case EventKind::WorkEnd:
      return "The work is done; the thread is free again.";
    case EventKind::AtomicsWait:
      return AgentName(state, event.agent) +
             " sleeps in Atomics.wait: its thread stops right here (its event loop too) until another thread calls "
             "Atomics.notify on the same place" + (event.c ? ", or " + Milliseconds(static_cast<std::int64_t>(event.c)) + " pass." : ".");
    case EventKind::AtomicsWake:
      return event.a ? AgentName(state, event.agent) + " is woken by Atomics.notify: Atomics.wait returns \"ok\" and the thread goes on."
                     : AgentName(state, event.agent) + "'s Atomics.wait timed out: it returns \"timed-out\" and the thread goes on.";
    case EventKind::IoBegin:
      return "I/O starts outside the thread, which is free to do other work meanwhile.";
    case EventKind::IoEnd:
      return "The I/O has finished: its result is delivered back to the thread.";
    case EventKind::LoopPhase:
      return "The event loop enters the " + QueueName(state, event.agent, event.a) + " phase.";
    case EventKind::Error:
      // The runtime names the cause: "uncaught exception" or "unhandled promise rejection".
      // Node, with process.on('uncaughtException') or process.on('unhandledRejection').
      if (text(event.a) == "uncaught exception, to its listener") {
        return "An error was thrown and no try/catch caught it: it goes to the program's "
               "process.on('uncaughtException') listener instead of ending the program, which goes on.";
      }
      if (text(event.a) == "unhandled promise rejection, to its listener") {
        return "A promise was rejected and nothing handled it: the program's process.on('unhandledRejection') "
               "(or 'uncaughtException') listener gets it instead of ending the program.";
      }
      if (text(event.a) == "unhandled promise rejection") {
        return "A promise was rejected and nothing handled it: Node prints the error and ends the program with exit code 1.";
      }
      return trace.Profile() == Profile::Node
                 ? "An error was thrown and no try/catch caught it: the error is printed and the program ends with exit code 1."
                 : "An error was thrown and no try/catch caught it: the browser reports it on the console, abandons this "
                   "script or task, and goes on with the next task.";
  }
  return {};
}

}  // namespace th::trace
