#pragma once
// What the playground shows at one step of a run: everything a panel draws comes from here.
// The reducer produces it; the session passes it on and core/ui only reads it (DESIGN.md §1, §4).

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "lang/diagnostic.h"
#include "trace/run_input.h"

namespace th::trace {

struct StackFrame {
  std::string function;  // "(anonymous)" for unnamed functions, "main" for the script itself
  std::string file;
  int line = 0;
};

// One waiting item of a queue, said the way the Explain line would say it. The texts are views
// into the run's string table (trace::Trace::String), which keeps them for as long as the run
// lives: a state with thousands of waiting items copies no text.
struct QueueItem {
  std::string_view label;   // what will run, e.g. "() => console.log(\"Boil water\")"
  std::string_view reason;  // why it is queued, e.g. "its timer is due"
  std::uint32_t id = 0;     // the runtime's id for it, unique within its agent and queue kind
};

struct TaskQueue {
  std::string name;  // a Node phase ("timers", "poll", "check", "close") or "task queue"
  std::vector<QueueItem> items;
};

struct PendingTimer {
  std::string_view label;  // a view into the run's string table, like QueueItem's
  double created_ms = 0;
  double due_ms = 0;
  bool repeating = false;  // setInterval
  std::uint32_t id = 0;    // the timer's id (what setTimeout returned)
  int line = 0;            // the line of the setTimeout / setInterval call that set it
};

struct PendingIo {
  std::string_view label;  // a view into the run's string table
  double started_ms = 0;
  double done_ms = 0;
  std::uint32_t id = 0;
};

// What an agent (the main thread, a worker, a child process) is doing at this step.
enum class AgentStatus {
  Running,  // executing JavaScript
  Busy,     // inside work(ms): the thread is occupied, nothing else runs on it
  Idle,     // waiting for its event loop to have something to do
  Blocked,  // asleep in Atomics.wait until another thread notifies it (its loop does not run)
  Exited,   // finished; exit_code says how
};

struct AgentState {
  int id = 0;
  std::string name;  // "main", "worker 1", "child 4242"
  int pid = 0;
  AgentStatus status = AgentStatus::Idle;
  int exit_code = 0;
  std::vector<StackFrame> stack;  // innermost frame last
  std::vector<TaskQueue> task_queues;
  std::vector<QueueItem> next_ticks;  // Node's process.nextTick queue, drained before microtasks
  std::vector<QueueItem> microtasks;
  std::vector<PendingTimer> timers;
  std::vector<PendingIo> io;
};

struct ConsoleLine {
  bool is_error = false;  // console.error / console.warn / uncaught errors go to stderr
  std::string text;
  std::int64_t step = 0;  // the step that printed it
  int agent = 0;          // the agent whose code printed it (a worker's lines reach the console
                          // through its parent thread, but are its own)
  int cause = 0;          // the agent whose event started the task that printed it (itself, or
                          // the sender of the message it handled)
};

// Where the agent that moved last is in its source.
struct SourcePosition {
  int file = -1;  // index into State::files; -1 when no code is running
  int line = 0;
  int column = 0;
};

struct State {
  Profile profile = Profile::Node;
  std::vector<SourceFile> files;
  // What the compiler reported about `files` (th::Diagnostic: file name, line, col, message);
  // empty when all is well. For Session::Load to fill; the Code panel marks each one where it
  // is and shows its message on hover.
  std::vector<Diagnostic> diagnostics;
  std::vector<AgentState> agents;
  // What was printed up to this step: a view into the run's append-only console log, so that
  // moving through a long run never copies its output. Valid until the run grows further.
  std::span<const ConsoleLine> console;
  SourcePosition position;
  std::int64_t step = 0;        // the step shown, 0 = before the program starts
  std::int64_t step_count = 0;  // the run's total number of steps
  double time_ms = 0;           // virtual time at this step
  std::string explanation;      // one sentence naming the rule that made this step happen
};

// What the explanation says before the first step.
inline constexpr std::string_view kBeforeTheRunExplanation = "Press Step to run the first line of the program.";

// The queues a fresh agent has, in the order its event loop visits them.
inline std::vector<TaskQueue> EmptyTaskQueues(Profile profile) {
  if (profile == Profile::Browser) return {TaskQueue{"task queue", {}}};
  return {TaskQueue{"timers", {}}, TaskQueue{"pending", {}}, TaskQueue{"poll", {}},
          TaskQueue{"check", {}}, TaskQueue{"close", {}}};
}

// A state before anything runs: the sources loaded, one idle main agent with empty queues.
inline State InitialState(std::vector<SourceFile> files, Profile profile) {
  State state;
  state.profile = profile;
  state.files = std::move(files);
  AgentState main_agent;
  main_agent.name = "main";
  main_agent.pid = 4242;
  main_agent.task_queues = EmptyTaskQueues(profile);
  state.agents.push_back(std::move(main_agent));
  state.explanation = std::string(kBeforeTheRunExplanation);
  return state;
}

}  // namespace th::trace
