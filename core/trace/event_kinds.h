#pragma once
// Every kind of trace event, from one list (STYLE.md, Wren row): the enum, the names the JSON
// and Chrome exporters write, and the legend all come from here.
//
// X(Name, "json_name", payload, strings) where payload says what the fields a, b, c, d of an
// Event hold for that kind ("str" = an id in the trace's string table), and strings says which
// of them are string ids (1 = a, 2 = b, 4 = c), so exporters can write the text itself.

#include <cstdint>
#include <string_view>

#define TH_TRACE_EVENT_KINDS(X)                                                                   \
  X(ScriptStart, "script_start", "a=file index", 0)                                                 \
  X(ScriptEnd, "script_end", "", 0)                                                                 \
  X(CallPush, "call_push", "a=function name str, b=file index, c=1 when a generator resumes, d=line", 1) \
  X(CallPop, "call_pop", "c=1 when a generator yields", 0)                                          \
  X(Line, "line", "a=file index, b=line, d=column", 0)                                              \
  X(Console, "console", "a=console line index, b=1 when stderr, c=the agent whose event caused it", 0)                                 \
  X(TimerSet, "timer_set", "a=timer id, b=label str, c=due time ns, d=1 when repeating", 2)         \
  X(TimerCleared, "timer_cleared", "a=timer id", 0)                                                 \
  X(TimerFired, "timer_fired", "a=timer id", 0)                                                     \
  X(TaskEnqueue, "task_enqueue", "a=item id, b=label str, c=reason str, d=queue index", 6)          \
  X(TaskRun, "task_run", "a=item id, d=queue index", 0)                                             \
  X(TaskEnd, "task_end", "a=item id", 0)                                                            \
  X(TaskCancel, "task_cancel", "a=item id, d=queue index (clearImmediate: it leaves the queue)", 0)                                                            \
  X(MicrotaskEnqueue, "microtask_enqueue", "a=item id, b=label str, c=reason str, d=0 nextTick 1 job", 6) \
  X(MicrotaskRun, "microtask_run", "a=item id, d=0 nextTick 1 job", 0)                              \
  X(MicrotaskEnd, "microtask_end", "a=item id", 0)                                                  \
  X(PromiseState, "promise_state", "a=promise id, b=0 pending 1 fulfilled 2 rejected", 0)           \
  X(AwaitSuspend, "await_suspend", "a=function name str (its frame leaves the stack)", 1)                                        \
  X(AwaitResume, "await_resume", "a=function name str, b=file index, d=line (its frame returns)", 1)                                          \
  X(AgentSpawn, "agent_spawn", "a=new agent id, b=name str, c=pid, d=0 worker 1 process", 2)        \
  X(AgentExit, "agent_exit", "a=exit code", 0)                                                      \
  X(MessageSend, "message_send", "a=to agent id, b=preview str, c=message id", 2)                   \
  X(MessageReceive, "message_receive", "a=from agent id, b=preview str, c=message id", 2)           \
  X(WorkBegin, "work_begin", "c=duration ns", 0)                                                    \
  X(WorkEnd, "work_end", "", 0)                                                                     \
  X(AtomicsWait, "atomics_wait", "c=timeout ns (0: none); the thread sleeps until notified", 0)     \
  X(AtomicsWake, "atomics_wake", "a=1 when notified, 0 when it timed out", 0)                       \
  X(IoBegin, "io_begin", "a=io id, b=label str, c=done time ns", 2)                                 \
  X(IoEnd, "io_end", "a=io id", 0)                                                                  \
  X(LoopPhase, "loop_phase", "a=queue index of the phase entered", 0)                               \
  X(Error, "error", "a=message str", 1)                                                              \
  X(RunEnd, "run_end", "a=why the run ended with agents alive str (Node would wait forever)", 1)

namespace th::trace {

enum class EventKind : std::uint8_t {
#define TH_TRACE_ENUM(name, json, payload, strings) name,
  TH_TRACE_EVENT_KINDS(TH_TRACE_ENUM)
#undef TH_TRACE_ENUM
};

inline constexpr int kEventKindCount = 0
#define TH_TRACE_COUNT(name, json, payload, strings) +1
    TH_TRACE_EVENT_KINDS(TH_TRACE_COUNT)
#undef TH_TRACE_COUNT
    ;

// The kind's name as the exporters write it ("timer_set").
std::string_view EventKindName(EventKind kind);

// Which of the fields a, b, c hold string ids for this kind (1 = a, 2 = b, 4 = c).
unsigned EventStringFields(EventKind kind);

}  // namespace th::trace
