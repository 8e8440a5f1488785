// The event loop as a state machine. StartNext decides what runs next and pushes it on the VM;
// Agent::Advance steps it and calls FinishActivity when it returns.
//
// Node (libuv's uv_run, Node's lib/internal/timers.js and process/task_queues.js):
//   script -> drain -> [timers -> pending -> poll -> check -> close] ...
//   where "drain" after every callback = run every nextTick, then every microtask (nextTicks
//   queued by microtasks wait until the microtask queue is empty), repeat while any are left,
//   then report an unhandled rejection if one is left.
// Browser: script -> microtask checkpoint -> [one task -> microtask checkpoint] ...
#include <algorithm>
#include <deque>
#include <string>
#include <string_view>

#include "runtime/agent.h"
#include "runtime/browser_console.h"

namespace th::runtime {

namespace {

// Queue indexes in trace::EmptyTaskQueues order.
constexpr std::uint32_t kTimersQueue = 0;
constexpr std::uint32_t kPollQueue = 2;
constexpr std::uint32_t kCheckQueue = 3;
constexpr std::uint32_t kBrowserTaskQueue = 0;
constexpr std::uint32_t kTickQueue = 0;
constexpr std::uint32_t kJobQueue = 1;

}  // namespace

bool Agent::StartNext() {
  if (m_exited) return false;
  if (m_need_drain && StartDrainStep()) return true;
  if (m_exited) return false;
  if (m_options.profile == trace::Profile::Browser) return StartBrowserTask();

  // Node's phases. Each Start*Phase returns true once it has started a callback; otherwise
  // the loop moves to the next phase.
  for (int guard = 0; guard < 16 && !m_exited; ++guard) {
    switch (m_stage) {
      case Stage::Script:
        // uv_run looks first: with nothing referenced left (an unref'ed timer, even an overdue
        // one, does not count), the loop never starts.
        if (!LoopAlive()) return EndLoop();
        EnterStage(Stage::Timers);
        break;
      case Stage::Timers:
        if (StartTimersPhase()) return true;
        if (m_drain_deferred && m_timer_ran_in_phase) {
          // Node's RunTimers closes its callback scope: what a handled error left queued runs now.
          m_need_drain = true;
          if (StartDrainStep()) return true;
          if (m_exited) return false;
        }
        EnterStage(Stage::Pending);
        break;
      case Stage::Pending:
        EnterStage(Stage::Poll);
        break;
      case Stage::Poll:
        if (StartPollPhase()) return true;
        if (m_exited || !m_poll_waited) return false;  // ended, or waiting to be woken
        if (m_drain_deferred) {
          // Node's check handle first runs its native immediates in a callback scope, whose end
          // drains what a handled error left queued (before the batch of immediates is taken).
          m_need_drain = true;
          if (StartDrainStep()) return true;
          if (m_exited) return false;
        }
        EnterStage(Stage::Check);
        break;
      case Stage::Check:
        if (StartCheckPhase()) return true;
        EnterStage(Stage::Close);
        break;
      case Stage::Close:
        if (!LoopAlive()) return EndLoop();
        EnterStage(Stage::Timers);
        break;
      case Stage::Done:
        return false;
    }
  }
  return false;
}

void Agent::EnterStage(Stage stage) {
  m_stage = stage;
  if (stage == Stage::Timers) {
    m_phase_now_ms = m_clock.NowMs();  // uv__update_time
    m_timer_ran_in_phase = false;
  }
  if (stage == Stage::Poll) m_poll_waited = false;
  if (stage == Stage::Check) {
    // Immediates queued while this check phase runs wait for the next one.
    m_check_batch = std::move(m_immediates);
    m_immediates.clear();
  }
}

bool Agent::StartDrainStep() {
  while (!m_draining_microtasks && !m_ticks.empty() && m_ticks.front().slot == kNodeInternalTick) {
    m_ticks.pop_front();
    m_stdout_after_write_pending = false;
  }
  if (!m_draining_microtasks && !m_ticks.empty()) {
    const CallbackRecord tick = m_ticks.front();
    m_ticks.pop_front();
    m_activity = Activity::Tick;
    m_activity_item = tick.id;
    m_activity_queue = kTickQueue;
    m_recorder.Emit(trace::EventKind::MicrotaskRun, tick.id, 0, 0, kTickQueue);
    StartCallbackFromSlot(tick.slot, 2);
    Release(tick.slot);
    return true;
  }
  if (!m_microtasks.empty()) {
    m_draining_microtasks = true;
    const JobId job = m_microtasks.front();
    m_microtasks.pop_front();
    m_activity = Activity::Microtask;
    m_activity_item = static_cast<std::uint32_t>(job);
    m_activity_queue = kJobQueue;
    m_recorder.Emit(trace::EventKind::MicrotaskRun, m_activity_item, 0, 0, kJobQueue);
    m_vm->StartJob(job);
    return true;
  }
  m_draining_microtasks = false;
  if (!m_ticks.empty()) return StartDrainStep();  // nextTicks queued by microtasks
  m_need_drain = false;
  m_drain_deferred = false;
  // processPromiseRejections: a rejection still unhandled now ends the process (Node 20's
  // default --unhandled-rejections=throw).
  std::vector<Value> rejected = m_vm->TakeUnhandledRejections();
  if (m_options.profile == trace::Profile::Browser) {
    // A browser reports each one on the console and carries on; the exit code is unaffected.
    std::deque<TempRoot> keep;  // the reports allocate: keep every promise alive until its turn
    for (const Value promise : rejected) keep.emplace_back(*m_vm, promise);
    for (const Value promise : rejected) {
      Write(OutputStream::Stderr, BrowserUncaught(*m_vm, static_cast<JsPromise*>(promise.object)->result, /*in_promise=*/true));
    }
    return false;
  }
  if (!rejected.empty() && (HasProcessListener("unhandledRejection") || HasProcessListener("uncaughtException") ||
                            HasProcessListener("uncaughtExceptionMonitor") || HasProcessListener("exit"))) {
    // The program's listeners decide (the host script's processPromiseRejections); the drain goes
    // on after them, as Node's processTicksAndRejections loops.
    std::deque<TempRoot> keep_promises;  // the array allocates: keep them alive until they are in it
    for (const Value promise : rejected) keep_promises.emplace_back(*m_vm, promise);
    JsArray* pairs = m_vm->NewArray(rejected.size() * 2);
    TempRoot keep(*m_vm, pairs);
    for (const Value promise : rejected) {
      pairs->items().push_back(static_cast<JsPromise*>(promise.object)->result);
      pairs->items().push_back(promise);
    }
    const bool to_listener = HasProcessListener("unhandledRejection") || HasProcessListener("uncaughtException");
    m_recorder.Emit(trace::EventKind::Error, m_recorder.Intern(to_listener ? "unhandled promise rejection, to its listener"
                                                                           : "unhandled promise rejection"));
    m_need_drain = true;
    m_activity = Activity::Rejections;
    StartDispatch("rejections", 0, Value::Object(pairs), Value::Undefined());
    return true;
  }
  if (!rejected.empty()) {
    const Value reason = static_cast<JsPromise*>(rejected.front().object)->result;
    m_recorder.Emit(trace::EventKind::Error, m_recorder.Intern("unhandled promise rejection"));
    ReportAndExit(m_vm->FormatUncaught(reason, true), 1);
    return false;
  }
  return false;
}

bool Agent::StartTimersPhase() {
  const std::optional<std::uint32_t> due = m_node_timers.NextDue(m_phase_now_ms);
  if (!due) return false;
  RunTimer(*due);
  return true;
}

void Agent::RunTimer(std::uint32_t id) {
  TimerRecord& timer = m_timers.at(id);
  m_node_timers.Remove(id);
  const std::uint32_t queue = m_options.profile == trace::Profile::Browser ? kBrowserTaskQueue : kTimersQueue;
  m_recorder.Emit(trace::EventKind::TimerFired, id);
  m_recorder.Emit(trace::EventKind::TaskEnqueue, id, timer.label, m_recorder.Intern("its timer is due"), queue);
  m_recorder.Emit(trace::EventKind::TaskRun, id, 0, 0, queue);
  m_activity = Activity::Task;
  m_cause = m_id;
  m_activity_item = id;
  m_activity_queue = queue;
  m_running_timer = id;
  m_timer_ran_in_phase = true;
  m_interval_start_ms = m_clock.NowMs();  // Node re-arms an interval from before its callback
  StartCallbackFromSlot(timer.slot, 2);
}

bool Agent::StartPollPhase() {
  if (!m_poll_waited) {
    // Nothing left that keeps the process alive (unreferenced timers do not): the loop ends.
    if (!LoopAlive()) return EndLoop();
    // libuv's poll timeout: none while immediates wait; else until the next timer, I/O or
    // message. The agent waits here until its run's scheduler wakes it.
    if (m_immediates.empty()) {
      const std::optional<std::int64_t> wake = NextWakeNs();
      if (!wake || *wake > m_clock.NowNs()) return false;
    }
    m_poll_waited = true;
    m_poll_time_ns = m_clock.NowNs();
  }
  // The I/O and messages that had arrived when the poll returned, first come first; what
  // arrives while these callbacks run waits for the next poll phase.
  auto done = std::min_element(m_io.begin(), m_io.end(), [](const IoRecord& a, const IoRecord& b) {
    return a.done_ns != b.done_ns ? a.done_ns < b.done_ns : a.id < b.id;
  });
  const std::optional<std::int64_t> inbound = EarliestInboundNs();
  const bool io_ready = done != m_io.end() && done->done_ns <= m_poll_time_ns;
  if (inbound && *inbound <= m_poll_time_ns && (!io_ready || *inbound < done->done_ns)) {
    return StartInbound(m_poll_time_ns);
  }
  if (!io_ready) return false;
  const IoRecord io = *done;
  m_io.erase(done);
  m_recorder.Emit(trace::EventKind::IoEnd, io.id);
  m_recorder.Emit(trace::EventKind::TaskEnqueue, io.id, io.label, m_recorder.Intern("its I/O has finished"), kPollQueue);
  m_recorder.Emit(trace::EventKind::TaskRun, io.id, 0, 0, kPollQueue);
  // The I/O callback settles io()'s promise: its reactions become microtasks.
  JsArray* record = Slot(io.slot);
  m_vm->ResolvePromise(static_cast<JsPromise*>(record->items()[0].object), record->items()[1]);
  Release(io.slot);
  m_activity = Activity::Task;
  m_cause = m_id;
  m_activity_item = io.id;
  m_activity_queue = kPollQueue;
  return true;  // nothing to step: Advance finishes it at once
}

bool Agent::StartCheckPhase() {
  if (m_check_batch.empty()) return false;
  const CallbackRecord immediate = m_check_batch.front();
  m_check_batch.pop_front();
  m_recorder.Emit(trace::EventKind::TaskRun, immediate.id, 0, 0, kCheckQueue);
  m_activity = Activity::Task;
  m_cause = m_id;
  m_activity_item = immediate.id;
  m_activity_queue = kCheckQueue;
  SetHandleValue(Slot(immediate.slot)->items()[1], m_ref_key, Value::Null());  // hasRef() is false from now on
  StartCallbackFromSlot(immediate.slot, 2);
  Release(immediate.slot);
  return true;
}

bool Agent::StartBrowserTask() {
  if (m_stage == Stage::Script) m_stage = Stage::Timers;
  // The earliest due timer (then the oldest), finished I/O, or a message, whichever came first.
  const std::int64_t now = m_clock.NowNs();
  const TimerRecord* best = nullptr;
  std::uint32_t best_id = 0;
  for (const auto& [id, timer] : m_timers) {
    if (timer.due_ns > now) continue;
    if (!best || timer.due_ns < best->due_ns || (timer.due_ns == best->due_ns && timer.sequence < best->sequence)) {
      best = &timer;
      best_id = id;
    }
  }
  const auto io = std::min_element(m_io.begin(), m_io.end(), [](const IoRecord& a, const IoRecord& b) {
    return a.done_ns != b.done_ns ? a.done_ns < b.done_ns : a.id < b.id;
  });
  const bool io_ready = io != m_io.end() && io->done_ns <= now;
  const std::optional<std::int64_t> inbound = EarliestInboundNs();
  const bool inbound_ready = inbound && *inbound <= now;
  if (best && (!io_ready || best->due_ns <= io->done_ns) && (!inbound_ready || best->due_ns <= *inbound)) {
    RunTimer(best_id);
    return true;
  }
  if (inbound_ready && (!io_ready || *inbound < io->done_ns)) return StartInbound(now);
  if (io_ready) {
    m_poll_waited = true;
    m_poll_time_ns = now;
    return StartPollPhase();
  }
  if (!LoopAlive()) {
    Finish(0);
    return false;
  }
  return false;  // the page waits for its next task, until its run's scheduler wakes it
}

std::optional<std::int64_t> Agent::NextWakeNs(std::int64_t wake_latency_ns) const {
  if (m_atomics.active) {
    // In Atomics.wait the loop does not run: only a notify, the timeout or a stop can wake it.
    std::optional<std::int64_t> wake = m_atomics.woken_ns;
    if (m_atomics.deadline_ns && (!wake || *m_atomics.deadline_ns < *wake)) wake = m_atomics.deadline_ns;
    for (const Inbound& inbound : m_inbox) {
      if (inbound.kind == Inbound::Kind::Terminate && (!wake || inbound.arrival_ns < *wake)) wake = inbound.arrival_ns;
    }
    return wake;
  }
  std::optional<std::int64_t> wake = OwnWakeNs();
  std::optional<std::int64_t> inbound = EarliestInboundNs();
  if (inbound) *inbound = std::max(*inbound + wake_latency_ns, m_clock.NowNs());
  if (inbound && (!wake || *inbound < *wake)) wake = inbound;
  return wake;
}

std::optional<std::int64_t> Agent::EarliestInboundNs() const {
  std::optional<std::int64_t> earliest;
  for (const Inbound& inbound : m_inbox) {
    if (!earliest || inbound.arrival_ns < *earliest) earliest = inbound.arrival_ns;
  }
  return earliest;
}

std::optional<std::int64_t> Agent::OwnWakeNs() const {
  std::optional<std::int64_t> wake;
  const auto consider = [&wake](std::int64_t ns) { wake = wake ? std::min(*wake, ns) : ns; };
  if (m_options.profile == trace::Profile::Browser) {
    for (const auto& [id, timer] : m_timers) consider(timer.due_ns);
  } else if (const std::optional<std::int64_t> expiry = m_node_timers.NextExpiry()) {
    consider(*expiry * VirtualClock::kNsPerMs);
  }
  for (const IoRecord& io : m_io) consider(io.done_ns);
  return wake;
}

// uv__loop_alive: referenced timers, waiting immediates, I/O, or a referenced port (a worker
// running, a listener for messages) keep the process running.
bool Agent::LoopAlive() const {
  if (!m_immediates.empty() || !m_check_batch.empty() || !m_io.empty()) return true;
  if (std::any_of(m_ports.begin(), m_ports.end(), [this](const auto& entry) { return PortRefed(entry.first, entry.second); })) {
    return true;
  }
  return std::any_of(m_timers.begin(), m_timers.end(), [](const auto& entry) { return entry.second.ref; });
}

// The loop has run dry. Node emits 'exit' with process.exitCode; what the listeners queue never
// runs, and the process ends with the exit code as they leave it.
bool Agent::EndLoop() {
  if (HasProcessListener("exit")) {
    m_activity = Activity::Exit;
    m_cause = m_id;
    StartDispatch("exiting", 0, Value::Number(ExitCodeSetByProgram()), Value::Undefined());
    return true;
  }
  Finish(ExitCodeSetByProgram());
  return false;
}

void Agent::FinishActivity() {
  const bool after_uncaught_listener = m_in_uncaught_listener;
  m_in_uncaught_listener = false;
  const Activity finished = m_activity;
  switch (m_activity) {
    case Activity::Script:
      m_recorder.Emit(trace::EventKind::ScriptEnd);
      m_need_drain = true;
      break;
    case Activity::Task:
      if (m_running_timer) {
        const std::uint32_t id = *m_running_timer;
        const bool refreshed = m_running_timer_refreshed;
        m_running_timer.reset();
        m_running_timer_refreshed = false;
        auto timer = m_timers.find(id);
        if (timer != m_timers.end()) {
          if (refreshed && !timer->second.repeat) {
            // refresh() in its own callback put it back in its list (Node's listOnTimeout then
            // does not destroy it); an interval is re-armed below from before its callback.
          } else if (timer->second.repeat) {
            // setInterval: back into its list, timed from before the callback ran.
            timer->second.due_ns = (m_interval_start_ms + timer->second.duration_ms) * VirtualClock::kNsPerMs;
            timer->second.sequence = m_next_sequence++;
            m_node_timers.Insert(id, timer->second.duration_ms, m_interval_start_ms);
            m_recorder.Emit(trace::EventKind::TimerSet, id, timer->second.label,
                            static_cast<std::uint64_t>(timer->second.due_ns), 1);
          } else {
            Release(timer->second.slot);
            m_timers.erase(timer);
            m_timer_ids_given.erase(id);
          }
        }
      }
      m_recorder.Emit(trace::EventKind::TaskEnd, m_activity_item);
      m_need_drain = true;
      break;
    case Activity::Tick:
    case Activity::Microtask:
      m_recorder.Emit(trace::EventKind::MicrotaskEnd, m_activity_item, 0, 0, m_activity_queue);
      m_need_drain = true;
      break;
    case Activity::Rejections:
      m_need_drain = true;
      break;
    case Activity::Exit:
      m_activity = Activity::None;
      Finish(ExitCodeSetByProgram());
      return;
    case Activity::None:
      break;
  }
  m_activity = Activity::None;
  if (after_uncaught_listener && (finished == Activity::Task || finished == Activity::Tick ||
                                  finished == Activity::Rejections)) {
    // Node's callback scope failed: no drain after it. A script's error leaves the drain as it is,
    // and V8 goes on with the microtask queue after one that threw.
    m_need_drain = false;
    m_drain_deferred = true;
  }
}

// Pushes the call stored in a host-table record: [callback, this, ...args] (fixed_values = 2).
void Agent::StartCallbackFromSlot(std::uint32_t slot, int fixed_values) {
  JsArray* record = Slot(slot);
  std::vector<Value> args(record->items().begin() + fixed_values, record->items().end());
  const Value callback = record->items()[0];
  const Value this_value = record->items()[1];
  m_vm->StartCall(callback, this_value, args.data(), static_cast<int>(args.size()));
}

}  // namespace th::runtime
