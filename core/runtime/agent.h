#pragma once
// [SECTION] index
//   Agent: one JavaScript thread of a run (the main thread, a worker, a child process's main
//          thread) with its own Vm, heap, virtual clock and event loop.
//   What arrives from other agents (Inbound), and how the run drives an agent (Advance).
//   Host API: what the host built-ins (timers, nextTick, work, io, process) call.
//   Loop: the event loop as a resumable state machine, so a run can be computed in slices.
//
// The loop follows Node's (DESIGN.md §3, libuv's uv_run and lib/internal/timers.js): the main
// script, then iterations of timers -> pending -> poll -> check -> close; after the script and
// after every callback the nextTick queue and then the microtask queue are emptied. Messages
// from other agents arrive in the poll phase, as libuv delivers them. The browser profile takes
// one task at a time with a microtask checkpoint after each.
//
// An agent never decides on its own to let time pass: when it has nothing to do now it says
// until when (Advance returns Waiting, NextWakeNs), and its run's scheduler moves its clock
// (WakeAt) once no other agent can still send it something earlier (core/agents).

#include <array>
#include <cstdint>
#include <deque>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "lang/diagnostic.h"
#include "runtime/agent_links.h"
#include "runtime/node_timer_lists.h"
#include "runtime/run_options.h"
#include "runtime/structured_clone.h"
#include "runtime/trace_recorder.h"
#include "runtime/virtual_clock.h"
#include "vm/vm.h"

namespace th::runtime {

// What an agent is doing, for its run's scheduler.
enum class AgentProgress {
  Ran,      // it used its budget (or reached its time horizon) and has more to do now
  Waiting,  // it has nothing to do before its clock reaches NextWakeNs() (or a message comes)
  Exited,   // its event loop is over (ExitCode() says how)
};

// Something another agent (or the run) sent this agent; it is handled in a poll phase once the
// agent's clock has reached `arrival_ns`. What has arrived by then is taken as libuv takes it:
// handle by handle in the order they were opened (`handle`: a port), each drained in order,
// a worker's internal messages (its console output, 'online', its error) before the program's.
struct Inbound {
  enum class Kind : std::uint8_t {
    Message,     // a message on one of this agent's ports
    PortClosed,  // the other end of a port was closed
    Online,      // a worker this agent started has begun running
    Spawned,     // a child process this agent forked has started
    Error,       // a worker this agent started threw: `message` holds the error
    Exit,        // an agent this agent started has ended: `exit_code`, `signal`
    Disconnect,  // a child process disconnected its IPC channel (the parent still waits for it)
    Output,      // a worker's console output, to be written by this (its parent) thread:
                 // `message.bytes` is the text, `exit_code` 1 for stderr, `port` the worker
    OutputAck,   // the parent wrote this worker's last chunk (`exit_code` 1 for stderr)
    Terminate,   // this agent is to stop now (worker.terminate(), child.kill()): `signal`
  };
  Kind kind = Kind::Message;
  std::int64_t arrival_ns = 0;
  std::uint64_t sequence = 0;
  PortId handle = kNoPort;         // the port (the libuv handle) it comes through
  bool internal = false;           // Node's own message on that port, not the program's
  PortId port = kNoPort;           // Message, PortClosed
  std::uint16_t from = 0;          // the agent it is from (or about: Online, Exit, Error)
  std::uint16_t cause = 0;         // Output: the agent whose event started the task that printed it
  std::uint32_t message_id = 0;    // Message: pairs the send and the receive in the trace
  ClonedMessage message;
  std::string label;               // what the queue panel shows: "message from worker 1"
  int exit_code = 0;
  std::string signal;              // Exit of a killed process, Terminate of a process
};

class Agent final : public HostHooks, public OutputSink, public VmObserver {
 public:
  Agent(AgentIdentity identity, const RunOptions& options, trace::Trace* trace, OutputListener* output,
        AgentLinks* links);
  ~Agent() override;

  // Compiles the program. On a syntax error returns false with the diagnostic; the error is
  // also reported as node reports it (stderr, exit code 1; a worker's goes to its parent).
  bool Load(std::string_view source, const std::string& filename, Diagnostic* error);

  // Runs for at most `budget` VM instructions (callbacks are switched between freely within
  // it), and takes no new event once its clock is past `horizon_ns`. `used` receives what was
  // spent.
  AgentProgress Advance(std::uint64_t budget, std::int64_t horizon_ns, std::uint64_t& used);
  // When this agent next has something to do by itself (a timer, I/O, a message already sent
  // to it), or nothing: then only a new message can wake it. A thread asleep in its loop takes
  // `wake_latency_ns` to notice a message (what arrives meanwhile is taken in the same go).
  std::optional<std::int64_t> NextWakeNs(std::int64_t wake_latency_ns = 0) const;
  // Moves a waiting agent's clock to `ns` (the scheduler does, when it is this agent's turn).
  void WakeAt(std::int64_t ns) { m_clock.JumpTo(ns); }
  // Takes what another agent sent; it is handled in (arrival, sequence) order.
  void Deliver(Inbound inbound);
  // Ends the agent at once, without running anything more (its process ended).
  void Kill(int exit_code);
  // Parallel mode: when another thread sets `flag`, busy work (work(ms)) stops where it is and
  // Advance returns, so the agent's thread can take the stop that came (ProgramRun's mailbox).
  void InterruptWorkWith(const std::atomic<bool>* flag) { m_clock.InterruptWith(flag); }
  // Its file does not exist: ends it as Node does (MODULE_NOT_FOUND; a worker's goes to its
  // parent).
  void FailMissingModule(const std::string& filename);
  // Whether the agent is blocked in its event loop or in Atomics.wait (it returned Waiting and
  // was not woken).
  bool IsWaiting() const { return m_waiting; }
  // Another agent's Atomics.notify woke this one from its Atomics.wait, from `ns` on.
  void WakeFromAtomicsWait(std::int64_t ns);

  int ExitCode() const { return m_exit_code; }
  bool Exited() const { return m_exited; }
  // A worker that ended by an uncaught error: the error, cloned for its parent's 'error'.
  const std::optional<ClonedMessage>& UncaughtForParent() const { return m_uncaught_for_parent; }
  // The signal that ended it ("SIGTERM" after child.kill()), or empty.
  const std::string& ExitSignal() const { return m_exit_signal; }
  const AgentIdentity& Identity() const { return m_identity; }
  std::int64_t NowNs() const { return m_clock.NowNs(); }

  // [SECTION] Host API (host_builtins.cpp and host_internals.cpp call these)
  Value SetTimer(Value callback, double delay, const Value* args, int argc, bool repeat);
  // Takes a Timeout, or (Node) the number or string its Symbol.toPrimitive gave.
  void ClearTimer(Value timeout);
  // A Timeout's Symbol.toPrimitive: its id, which clearTimeout accepts from then on.
  Value TimerPrimitive(Value timeout);
  void RefTimer(Value timeout, bool ref);
  bool TimerHasRef(Value timeout);
  void RefreshTimer(Value timeout);
  Value SetImmediate(Value callback, const Value* args, int argc);
  void ClearImmediate(Value immediate);
  void NextTick(Value callback, const Value* args, int argc);
  void Work(double ms);
  Value Io(double ms, Value value);
  Value Sleep(double ms);
  void Exit(int code);
  // What the program left in process.exitCode: the exit code when the loop runs dry or
  // process.exit() is called without an argument (0 when it is unset).
  int ExitCodeSetByProgram();
  // Node: the program's 'uncaughtException' listeners are running (an error they throw is
  // fatal, exit code 7).
  void SetHandlingFatal(bool handling) { m_handling_fatal = handling; }
  // Node: an error or rejection nobody handled ends the agent now, after the 'exit' listeners
  // ran: reported as Node reports it (a worker's error goes to its parent).
  void FatalFromHost(Value reason, bool from_promise);
  // The time a program reads (Date.now, performance.now): reading it takes a little time.
  std::int64_t ReadClockNs();
  trace::Profile Profile() const { return m_options.profile; }
  Vm& vm() { return *m_vm; }
  AgentLinks* links() { return m_links; }
  // Ports this agent owns: whether each keeps the loop alive, and whether it is open.
  void AddPort(PortId port, bool ref);
  void SetPortRef(PortId port, bool ref);
  void ClosePort(PortId port);
  bool PortKeepsAlive(PortId port) const;
  // Resolves a module name the way this agent's require() does: a host module or a file.
  Value RequireLocal(std::string_view name);

  // HostHooks
  void EnqueueJob(Vm& vm, JobId id) override;
  Value RequireModule(Vm& vm, std::string_view name) override;
  Value HostGlobal(Vm& vm, std::string_view name) override;
  double NowMs(Vm& vm) override;
  void SharedMemoryCreated(Vm& vm) override;
  Value AtomicsWait(Vm& vm, const std::shared_ptr<SharedBytes>& memory, size_t byte_index, double timeout_ms) override;
  double AtomicsNotify(Vm& vm, const std::shared_ptr<SharedBytes>& memory, size_t byte_index, double count) override;
  // OutputSink
  void Write(OutputStream stream, std::string_view text) override;
  // Writes `text` printed by agent `origin` (this one, or a worker whose output it forwards) in
  // a task `cause`'s event started.
  void WriteFrom(std::uint16_t origin, std::uint16_t cause, bool is_error, std::string_view text);
  // VmObserver
  void OnCallPush(std::string_view function_name, int line, bool is_program) override;
  void OnCallPop(std::string_view function_name, bool is_program) override;
  void OnLine(std::string_view file, int line, int col) override;
  void OnAwaitSuspend(std::string_view function_name) override;
  void OnAwaitResume(std::string_view function_name, int line) override;
  void OnGeneratorResume(std::string_view function_name, int line) override;
  void OnGeneratorYield(std::string_view function_name) override;

 private:
  // What runs on the VM right now, so its end can be recorded and followed up.
  // Rejections: the 'unhandledRejection' listeners, in a drain; Exit: the 'exit' listeners when
  // the loop has run dry (nothing runs after them).
  enum class Activity : std::uint8_t { None, Script, Task, Tick, Microtask, Rejections, Exit };
  // Where the loop is (Node's phases; the browser uses Timers for its single task queue).
  enum class Stage : std::uint8_t { Script, Timers, Pending, Poll, Check, Close, Done };

  struct TimerRecord {
    std::uint32_t slot;        // holds [callback, timeout object, ...args] in the host table
    std::int64_t duration_ms;  // Node: the list it belongs to; browser: its delay
    std::int64_t due_ns;       // browser ordering and the trace's due time
    std::uint64_t sequence;    // creation order (browser ties)
    bool repeat;
    bool ref = true;
    std::uint32_t label;       // trace string id
  };
  struct CallbackRecord {      // an immediate or a nextTick
    std::uint32_t id;
    std::uint32_t slot;        // [callback, this, ...args]; kNodeInternalTick: no callback
    std::uint32_t label;
  };
  // A nextTick Node queues for itself (a stream's afterWrite): it runs no program code and is not
  // shown, but it takes its place in the queue.
  static constexpr std::uint32_t kNodeInternalTick = 0xFFFFFFFFu;
  struct IoRecord {
    std::uint32_t id;
    std::int64_t done_ns;
    std::uint32_t slot;        // [promise, value]
    std::uint32_t label;
  };
  struct PortState {
    bool ref = false;   // keeps the loop alive (a listener is attached, or ref() was called)
    bool open = true;
  };

  // Host table: values the runtime keeps alive for later (callbacks, their arguments,
  // promises), stored in a JavaScript array the Vm keeps pinned.
  std::uint32_t Keep(Value a, Value b, const Value* rest, int count);
  JsArray* Slot(std::uint32_t slot);
  void Release(std::uint32_t slot);
  void InstallHostGlobals();
  void InstallHostScript();
  // The trace's string id of a function name, remembered per name so a call costs no lookup
  // in the trace's string table.
  std::uint32_t FunctionNameId(std::string_view name);
  std::uint32_t FileIndexOf(std::string_view file);
  void NoteStreamWrite(bool is_error);
  void TakeDueTermination();

  // The loop.
  bool StartNext();                 // starts the next callback; false when there is none now
  bool StartDrainStep();            // nextTicks, microtasks, rejections after a callback
  bool StartTimersPhase();
  bool StartPollPhase();
  bool StartCheckPhase();
  bool StartBrowserTask();
  bool StartInbound(std::int64_t now_ns);  // the next arrived Inbound, if any
  bool LoopAlive() const;
  // A port keeps the loop alive: ref'ed, or a browser worker's link to its page while the
  // worker's global onmessage holds a function.
  bool PortRefed(PortId port, const PortState& state) const;
  std::optional<std::int64_t> OwnWakeNs() const;  // timers and I/O
  std::optional<std::int64_t> EarliestInboundNs() const;
  void EnterStage(Stage stage);
  void FinishActivity();
  void StartCallbackFromSlot(std::uint32_t slot, int fixed_values);
  void StartDispatch(const char* kind, double id, Value value, Value extra);
  void RunTimer(std::uint32_t id);
  void HandleUncaught();
 public:
  // Browser: an exception nobody caught is reported on the console; a worker's also goes to its
  // Worker's 'error' event on the page. The page or worker goes on.
  void ReportBrowserException(Value error);
 private:
  void EndByUncaught(Value error, const std::string& report);
  bool HasProcessListener(std::string_view type) const;
  bool UncaughtGoesToListener() const;
  bool EndLoop();  // the loop ran dry: 'exit' listeners (true: they were started), or the end
  void RestartFiredTimeout(Value timeout);
  void ReportAndExit(const std::string& report, int code);
  void Finish(int code);
  std::string CallbackLabel(Value callback, const char* api);
  std::int64_t DelayMs(double delay) const;
  std::uint32_t TimerIdOf(Value timeout) const;
  Value HandleValue(Value handle, HeapString* key) const;  // a hidden value on a Timeout/Immediate
  void SetHandleValue(Value handle, HeapString* key, Value value);

  AgentIdentity m_identity;
  std::uint16_t m_id;
  RunOptions m_options;
  OutputListener* m_output;
  AgentLinks* m_links;
  std::unique_ptr<Vm> m_vm;
  VirtualClock m_clock;
  TraceRecorder m_recorder;
  std::string m_filename;

  JsArray* m_host_table = nullptr;
  std::vector<std::uint32_t> m_free_slots;
  JsObject* m_timeout_proto = nullptr;
  JsObject* m_immediate_proto = nullptr;
  JsObject* m_timers_module = nullptr;
  JsObject* m_process = nullptr;       // Node's process object (null in the browser profile)
  JsObject* m_host_exports = nullptr;  // the host script's exports: its modules and dispatch
  HeapString* m_id_key = nullptr;
  // What a Timeout or Immediate object keeps on itself, as Node's do, since it outlives its
  // place in the loop: whether it is ref'ed (hasRef() answers it after the timer fired or was
  // cleared), and for a Timeout its callback record and delay (refresh() starts a timeout that
  // has fired again; clearing it drops the record).
  HeapString* m_ref_key = nullptr;
  HeapString* m_call_key = nullptr;
  HeapString* m_delay_key = nullptr;
  HeapString* m_onmessage_key = nullptr;  // a browser worker's global onmessage

  NodeTimerLists m_node_timers;
  std::unordered_map<std::uint32_t, TimerRecord> m_timers;
  std::deque<CallbackRecord> m_immediates;       // waiting for a check phase
  std::deque<CallbackRecord> m_check_batch;      // the immediates of the running check phase
  std::deque<CallbackRecord> m_ticks;
  std::deque<JobId> m_microtasks;
  std::vector<IoRecord> m_io;
  std::vector<Inbound> m_inbox;                  // arrived or on its way, unordered
  std::unordered_map<PortId, PortState> m_ports;
  // Ids of queue items. In Node a timer's id is its async id, which every Timeout, Immediate and
  // nextTick takes from one counter starting at 2, and so do the first writes to stdout and stderr
  // (see NoteStreamWrite): numbering items the same way makes `+timeout` print what Node prints.
  std::uint32_t m_next_item = 1;
  std::unordered_set<std::uint32_t> m_timer_ids_given;  // ids toPrimitive handed out
  bool m_stream_opened = false;         // any of stdout / stderr written yet
  bool m_stdout_opened = false;
  bool m_stderr_opened = false;
  bool m_stdout_after_write_pending = false;  // Node's afterWrite nextTick is queued
  std::uint64_t m_next_sequence = 1;

  Stage m_stage = Stage::Script;
  Activity m_activity = Activity::None;
  std::uint32_t m_activity_item = 0;
  std::uint16_t m_cause = 0;        // the agent whose event started the running task
  std::uint32_t m_activity_queue = 0;
  std::optional<std::uint32_t> m_running_timer;  // its interval re-arms when it returns
  bool m_running_timer_refreshed = false;        // refresh() in its own callback: it stays armed
  std::int64_t m_interval_start_ms = 0;
  bool m_need_drain = false;        // a callback ended: empty nextTicks and microtasks first
  bool m_draining_microtasks = false;
  // Node: a handled uncaught error (process.on('uncaughtException')). While its listener runs the
  // activity it came from stays the running one; afterwards what that callback left queued waits
  // for the next callback to end (or the end of the timers phase: RunTimers' callback scope).
  bool m_in_uncaught_listener = false;
  bool m_handling_fatal = false;
  bool m_drain_deferred = false;
  bool m_timer_ran_in_phase = false;
  std::string m_fatal_report;       // the uncaught error's report, until its listeners have run
  // FunctionNameId's cache: a few names by where their text lives, checked by content.
  struct NameCacheEntry {
    const char* data = nullptr;
    std::string text;
    std::uint32_t id = 0;
  };
  std::array<NameCacheEntry, 64> m_name_cache{};
  std::int64_t m_phase_now_ms = 0;  // the loop time a timers phase runs against
  bool m_poll_waited = false;       // this poll phase has already waited for its events
  bool m_work_interrupted = false;  // work(ms) was cut short: Advance returns at once
  bool m_waiting = false;           // blocked in the poll phase until the scheduler wakes it
  std::int64_t m_poll_time_ns = 0;  // when it stopped waiting: what arrived by then is handled
  bool m_exited = false;
  int m_exit_code = 0;
  std::optional<ClonedMessage> m_uncaught_for_parent;
  // Inside Atomics.wait: the VM is paused right after the call, whose result is put in when the
  // agent is woken (or times out).
  struct AtomicsWaitState {
    bool active = false;
    std::shared_ptr<SharedBytes> memory;
    std::size_t byte_index = 0;
    std::optional<std::int64_t> deadline_ns;
    std::optional<std::int64_t> woken_ns;
  };
  AtomicsWaitState m_atomics;
  bool FinishAtomicsWait();  // false while it still waits
  // A worker's stdout and stderr, as Node's worker stdio streams: one chunk at a time goes to
  // the parent; what is written meanwhile waits until the parent has taken it.
  struct WorkerStream {
    bool awaiting_ack = false;
    struct Chunk {
      std::uint16_t origin;
      std::uint16_t cause;
      std::string text;
    };
    std::vector<Chunk> pending;
  };
  std::array<WorkerStream, 2> m_worker_streams;
  void SendWorkerOutput(std::uint16_t origin, std::uint16_t cause, bool is_error, std::string text);
  void FlushWorkerOutput();
  std::string m_exit_signal;
  std::string_view m_last_file;         // FileIndexOf's cache
  std::uint32_t m_last_file_index = 0;
};

}  // namespace th::runtime
