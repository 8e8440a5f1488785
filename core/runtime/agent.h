#pragma once
// [SECTION] index
//   Agent: one JavaScript thread of a run (the main thread; later each worker and child
//          process) with its own Vm, heap, virtual clock and event loop.
//   Host API: what the host built-ins (timers, nextTick, work, io, process) call.
//   Loop: the event loop as a resumable state machine, so a run can be computed in slices.
//
// The loop follows Node's (DESIGN.md §3, libuv's uv_run and lib/internal/timers.js): the main
// script, then iterations of timers -> pending -> poll -> check -> close; after the script and
// after every callback the nextTick queue and then the microtask queue are emptied. The
// browser profile takes one task at a time with a microtask checkpoint after each.

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
#include "runtime/node_timer_lists.h"
#include "runtime/run_options.h"
#include "runtime/trace_recorder.h"
#include "runtime/virtual_clock.h"
#include "vm/vm.h"

namespace th::runtime {

// What an agent is doing, for its run's scheduler.
enum class AgentProgress {
  Ran,      // it used its budget (or part of it) and has more to do now
  Waiting,  // it has nothing to do before its clock reaches WakeTimeNs()
  Exited,   // its event loop is over (ExitCode() says how)
};

class Agent final : public HostHooks, public OutputSink, public VmObserver {
 public:
  Agent(std::uint16_t id, const RunOptions& options, trace::Trace* trace, OutputListener* output);
  ~Agent() override;

  // Compiles the program. On a syntax error returns false with the diagnostic; the error is
  // also reported as node reports it (stderr, exit code 1).
  bool Load(std::string_view source, const std::string& filename, Diagnostic* error);

  // Runs for at most `budget` VM instructions (callbacks are switched between freely within
  // it). `used` receives what was spent.
  AgentProgress Advance(std::uint64_t budget, std::uint64_t& used);

  int ExitCode() const { return m_exit_code; }
  bool Exited() const { return m_exited; }

  // [SECTION] Host API (host_builtins.cpp calls these)
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
  std::int64_t NowNs() const { return m_clock.NowNs(); }
  // The time a program reads (Date.now, performance.now): reading it takes a little time.
  std::int64_t ReadClockNs();
  session::Profile Profile() const { return m_options.profile; }
  Vm& vm() { return *m_vm; }

  // HostHooks
  void EnqueueJob(Vm& vm, JobId id) override;
  Value RequireModule(Vm& vm, std::string_view name) override;
  double NowMs(Vm& vm) override;
  // OutputSink
  void Write(OutputStream stream, std::string_view text) override;
  // VmObserver
  void OnCallPush(std::string_view function_name, int line, bool is_program) override;
  void OnCallPop(std::string_view function_name, bool is_program) override;
  void OnLine(std::string_view file, int line, int col) override;
  void OnAwaitSuspend(std::string_view function_name) override;
  void OnAwaitResume(std::string_view function_name, int line) override;

 private:
  // What runs on the VM right now, so its end can be recorded and followed up.
  enum class Activity : std::uint8_t { None, Script, Task, Tick, Microtask };
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

  // Host table: values the runtime keeps alive for later (callbacks, their arguments,
  // promises), stored in a JavaScript array the collector sees through the global object.
  std::uint32_t Keep(Value a, Value b, const Value* rest, int count);
  JsArray* Slot(std::uint32_t slot);
  void Release(std::uint32_t slot);
  void InstallHostGlobals();
  // The trace's string id of a function name, remembered per name so a call costs no lookup
  // in the trace's string table.
  std::uint32_t FunctionNameId(std::string_view name);

  // The loop.
  bool StartNext();                 // starts the next callback; false when there is none now
  bool StartDrainStep();            // nextTicks, microtasks, rejections after a callback
  bool StartTimersPhase();
  bool StartPollPhase();
  bool StartCheckPhase();
  bool StartBrowserTask();
  bool LoopAlive() const;
  std::optional<std::int64_t> NextWakeNs() const;
  void EnterStage(Stage stage);
  void FinishActivity();
  void StartCallbackFromSlot(std::uint32_t slot, int fixed_values);
  void RunTimer(std::uint32_t id);
  void RestartFiredTimeout(Value timeout);
  void ReportAndExit(const std::string& report, int code);
  void Finish(int code);
  std::string CallbackLabel(Value callback, const char* api);
  std::int64_t DelayMs(double delay) const;
  std::uint32_t TimerIdOf(Value timeout) const;
  Value HandleValue(Value handle, HeapString* key) const;  // a hidden value on a Timeout/Immediate
  void SetHandleValue(Value handle, HeapString* key, Value value);
  void NoteStreamWrite(bool is_error);

  std::uint16_t m_id;
  RunOptions m_options;
  OutputListener* m_output;
  std::unique_ptr<Vm> m_vm;
  VirtualClock m_clock;
  TraceRecorder m_recorder;
  std::string m_filename;

  JsArray* m_host_table = nullptr;
  std::vector<std::uint32_t> m_free_slots;
  JsObject* m_timeout_proto = nullptr;
  JsObject* m_immediate_proto = nullptr;
  JsObject* m_timers_module = nullptr;
  JsObject* m_process = nullptr;  // Node's process object (null in the browser profile)
  HeapString* m_id_key = nullptr;
  // What a Timeout or Immediate object keeps on itself, as Node's do, since it outlives its
  // place in the loop: whether it is ref'ed (hasRef() answers it after the timer fired or was
  // cleared), and for a Timeout its callback record and delay (refresh() starts a timeout that
  // has fired again; clearing it drops the record).
  HeapString* m_ref_key = nullptr;
  HeapString* m_call_key = nullptr;
  HeapString* m_delay_key = nullptr;

  NodeTimerLists m_node_timers;
  std::unordered_map<std::uint32_t, TimerRecord> m_timers;
  std::deque<CallbackRecord> m_immediates;       // waiting for a check phase
  std::deque<CallbackRecord> m_check_batch;      // the immediates of the running check phase
  std::deque<CallbackRecord> m_ticks;
  std::deque<JobId> m_microtasks;
  std::vector<IoRecord> m_io;
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
  std::uint32_t m_activity_queue = 0;
  std::optional<std::uint32_t> m_running_timer;  // its interval re-arms when it returns
  bool m_running_timer_refreshed = false;        // refresh() in its own callback: it stays armed
  std::int64_t m_interval_start_ms = 0;
  bool m_need_drain = false;        // a callback ended: empty nextTicks and microtasks first
  bool m_draining_microtasks = false;
  // FunctionNameId's cache: a few names by where their text lives, checked by content.
  struct NameCacheEntry {
    const char* data = nullptr;
    std::string text;
    std::uint32_t id = 0;
  };
  std::array<NameCacheEntry, 64> m_name_cache{};
  std::int64_t m_phase_now_ms = 0;  // the loop time a timers phase runs against
  bool m_poll_waited = false;       // this poll phase has already waited for its events
  std::int64_t m_poll_time_ns = 0;  // when it stopped waiting: I/O done by then is handled
  bool m_exited = false;
  int m_exit_code = 0;
};

}  // namespace th::runtime
