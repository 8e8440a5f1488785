// What the host built-ins do: timers, immediates, nextTick, work(), io(), sleep(), exit.
#include <cmath>

#include "runtime/agent.h"

namespace th::runtime {

namespace {

constexpr double kTimeoutMax = 2147483647.0;  // Node's TIMEOUT_MAX (2^31 - 1 ms)
constexpr std::uint32_t kCheckQueue = 3;
constexpr std::uint32_t kTickQueue = 0;
constexpr std::size_t kLabelLength = 60;

// One line of at most kLabelLength characters.
std::string Shorten(std::string text) {
  for (char& c : text) {
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  }
  std::string collapsed;
  for (char c : text) {
    if (c == ' ' && !collapsed.empty() && collapsed.back() == ' ') continue;
    collapsed += c;
  }
  if (collapsed.size() > kLabelLength) collapsed = collapsed.substr(0, kLabelLength - 3) + "...";
  return collapsed;
}

}  // namespace

// What a queue item shows: the callback's own source when short (an arrow function), its name
// for a named function.
std::string Agent::CallbackLabel(Value callback, const char* api) {
  if (callback.IsObject() && callback.object->kind() == ObjKind::Closure) {
    const FunctionCode* code = static_cast<Closure*>(callback.object)->proto()->code();
    if (!code->is_arrow && !code->name.empty()) return code->name + " (" + api + ")";
    if (!code->source_text.empty()) return Shorten(code->source_text);
  }
  if (callback.IsObject() && callback.object->kind() == ObjKind::Native) {
    HeapString* name = static_cast<NativeFunction*>(callback.object)->name();
    if (name && !name->text().empty()) return name->text() + " (" + api + ")";
  }
  return std::string("callback (") + api + ")";
}

// Node (lib/internal/timers.js): a delay that is not a number from 1 to TIMEOUT_MAX means 1 ms,
// and the timer goes into the list of its whole milliseconds (1.5 joins the 1 ms list, in
// creation order). A browser converts the delay to a whole number too (WebIDL `long`), and a
// negative one means 0.
std::int64_t Agent::DelayMs(double delay) const {
  if (m_options.profile == trace::Profile::Browser) {
    return std::isnan(delay) || delay < 0 ? 0 : static_cast<std::int64_t>(std::trunc(std::min(delay, kTimeoutMax)));
  }
  if (!(delay >= 1 && delay <= kTimeoutMax)) return 1;
  return static_cast<std::int64_t>(std::trunc(delay));
}

std::uint32_t Agent::TimerIdOf(Value handle) const {
  if (!handle.IsObject() || handle.object->kind() != ObjKind::Object) return 0;
  Property* property = static_cast<JsObject*>(handle.object)->props().Find(m_id_key);
  return property && property->value.IsNumber() ? static_cast<std::uint32_t>(property->value.number) : 0;
}

Value Agent::HandleValue(Value handle, HeapString* key) const {
  if (!handle.IsObject() || handle.object->kind() != ObjKind::Object) return Value::Undefined();
  Property* property = static_cast<JsObject*>(handle.object)->props().Find(key);
  return property ? property->value : Value::Undefined();
}

void Agent::SetHandleValue(Value handle, HeapString* key, Value value) {
  if (!TimerIdOf(handle)) return;  // not a Timeout or an Immediate
  m_vm->DefineOwn(static_cast<JsObject*>(handle.object), key, value, kHidden);
}

Value Agent::SetTimer(Value callback, double delay, const Value* args, int argc, bool repeat) {
  Vm& vm = *m_vm;
  const std::uint32_t id = m_next_item++;
  JsObject* handle = vm.NewObject(m_timeout_proto);
  TempRoot keep(vm, handle);
  vm.DefineOwn(handle, m_id_key, Value::Number(id), kHidden);
  const std::int64_t duration = DelayMs(delay);
  const std::int64_t now_ms = m_clock.NowMs();
  TimerRecord record;
  record.slot = Keep(callback, Value::Object(handle), args, argc);
  record.duration_ms = duration;
  record.repeat = repeat;
  record.sequence = m_next_sequence++;
  record.label = m_recorder.Intern(CallbackLabel(callback, repeat ? "setInterval" : "setTimeout"));
  if (m_options.profile == trace::Profile::Browser) {
    record.due_ns = m_clock.NowNs() + duration * VirtualClock::kNsPerMs;
  } else {
    record.due_ns = (now_ms + duration) * VirtualClock::kNsPerMs;
    m_node_timers.Insert(id, duration, now_ms);
  }
  m_timers.emplace(id, record);
  vm.DefineOwn(handle, m_ref_key, Value::Bool(true), kHidden);
  vm.DefineOwn(handle, m_call_key, Value::Object(Slot(record.slot)), kHidden);
  vm.DefineOwn(handle, m_delay_key, Value::Number(static_cast<double>(duration)), kHidden);
  m_recorder.Emit(trace::EventKind::TimerSet, id, record.label, static_cast<std::uint64_t>(record.due_ns), repeat);
  return Value::Object(handle);
}

void Agent::ClearTimer(Value handle) {
  // Node's unenroll: a Timeout, pending or fired, can no longer be refreshed.
  SetHandleValue(handle, m_call_key, Value::Undefined());
  std::uint32_t id = TimerIdOf(handle);
  if (handle.IsNumber() || handle.IsString()) {
    // Node's knownTimersById: only the ids a Timeout's toPrimitive gave out, keyed by their text.
    const std::string key = handle.IsNumber() ? Vm::NumberToString(handle.number) : handle.AsString()->text();
    const double number = Vm::StringToNumber(key);
    if (number >= 1 && number <= 4294967295.0 && Vm::NumberToString(number) == key &&
        m_timer_ids_given.count(static_cast<std::uint32_t>(number))) {
      id = static_cast<std::uint32_t>(number);
    }
  }
  auto timer = m_timers.find(id);
  if (timer == m_timers.end()) return;
  SetHandleValue(Slot(timer->second.slot)->items()[1], m_call_key, Value::Undefined());  // cleared by id
  m_node_timers.Remove(id);
  // A running timer's values stay on the VM stack until it returns; its slot can go now.
  Release(timer->second.slot);
  m_timers.erase(timer);
  m_timer_ids_given.erase(id);
  m_recorder.Emit(trace::EventKind::TimerCleared, id);
}

Value Agent::TimerPrimitive(Value handle) {
  const std::uint32_t id = TimerIdOf(handle);
  if (m_timers.count(id)) m_timer_ids_given.insert(id);
  return Value::Number(id);
}

// ref()/unref() set the object's own flag (hasRef() reads it, whatever became of the timer); a
// pending timer's flag decides whether it keeps the loop alive. An Immediate that ran or was
// cleared has no flag any more (Node sets it to null), and ref()/unref() leave it so.
void Agent::RefTimer(Value handle, bool ref) {
  if (HandleValue(handle, m_ref_key).IsNull()) return;
  SetHandleValue(handle, m_ref_key, Value::Bool(ref));
  auto timer = m_timers.find(TimerIdOf(handle));
  if (timer != m_timers.end()) timer->second.ref = ref;
}

bool Agent::TimerHasRef(Value handle) {
  const Value ref = HandleValue(handle, m_ref_key);
  return ref.IsBool() && ref.boolean;
}

// timeout.refresh(): the same timer, started again now. Called in its own callback, it stays
// armed when the callback returns; on a timeout that has fired it starts it again, with a new
// id (Node gives it a new async id); on a cleared one it does nothing.
void Agent::RefreshTimer(Value handle) {
  const std::uint32_t id = TimerIdOf(handle);
  auto timer = m_timers.find(id);
  if (timer == m_timers.end()) {
    RestartFiredTimeout(handle);
    return;
  }
  if (m_running_timer && *m_running_timer == id) m_running_timer_refreshed = true;
  const std::int64_t now_ms = m_clock.NowMs();
  timer->second.due_ns = (now_ms + timer->second.duration_ms) * VirtualClock::kNsPerMs;
  timer->second.sequence = m_next_sequence++;
  if (m_options.profile == trace::Profile::Node) m_node_timers.Insert(id, timer->second.duration_ms, now_ms);
  m_recorder.Emit(trace::EventKind::TimerSet, id, timer->second.label,
                  static_cast<std::uint64_t>(timer->second.due_ns), timer->second.repeat);
}

void Agent::RestartFiredTimeout(Value handle) {
  const Value call = HandleValue(handle, m_call_key);
  const Value delay = HandleValue(handle, m_delay_key);
  if (!call.IsObject() || !delay.IsNumber()) return;  // cleared, or not a Timeout
  Vm& vm = *m_vm;
  const std::uint32_t id = m_next_item++;
  const std::vector<Value> old(static_cast<JsArray*>(call.object)->items().begin(),
                               static_cast<JsArray*>(call.object)->items().end());
  const Value ref = HandleValue(handle, m_ref_key);
  const std::int64_t now_ms = m_clock.NowMs();
  TimerRecord record;
  record.slot = Keep(old[0], handle, old.data() + 2, static_cast<int>(old.size()) - 2);
  record.duration_ms = static_cast<std::int64_t>(delay.number);
  record.repeat = false;
  record.ref = ref.IsBool() && ref.boolean;
  record.sequence = m_next_sequence++;
  record.label = m_recorder.Intern(CallbackLabel(old[0], "setTimeout"));
  if (m_options.profile == trace::Profile::Browser) {
    record.due_ns = m_clock.NowNs() + record.duration_ms * VirtualClock::kNsPerMs;
  } else {
    record.due_ns = (now_ms + record.duration_ms) * VirtualClock::kNsPerMs;
    m_node_timers.Insert(id, record.duration_ms, now_ms);
  }
  m_timers.emplace(id, record);
  vm.DefineOwn(static_cast<JsObject*>(handle.object), m_id_key, Value::Number(id), kHidden);
  vm.DefineOwn(static_cast<JsObject*>(handle.object), m_call_key, Value::Object(Slot(record.slot)), kHidden);
  m_recorder.Emit(trace::EventKind::TimerSet, id, record.label, static_cast<std::uint64_t>(record.due_ns), 0);
}

Value Agent::SetImmediate(Value callback, const Value* args, int argc) {
  Vm& vm = *m_vm;
  const std::uint32_t id = m_next_item++;
  JsObject* handle = vm.NewObject(m_immediate_proto);
  TempRoot keep(vm, handle);
  vm.DefineOwn(handle, m_id_key, Value::Number(id), kHidden);
  vm.DefineOwn(handle, m_ref_key, Value::Bool(true), kHidden);
  CallbackRecord record{id, Keep(callback, Value::Object(handle), args, argc),
                        m_recorder.Intern(CallbackLabel(callback, "setImmediate"))};
  m_immediates.push_back(record);
  m_recorder.Emit(trace::EventKind::TaskEnqueue, id, record.label, m_recorder.Intern("setImmediate"), kCheckQueue);
  return Value::Object(handle);
}

void Agent::ClearImmediate(Value handle) {
  const std::uint32_t id = TimerIdOf(handle);
  for (std::deque<CallbackRecord>* queue : {&m_immediates, &m_check_batch}) {
    for (auto it = queue->begin(); it != queue->end(); ++it) {
      if (it->id != id) continue;
      SetHandleValue(handle, m_ref_key, Value::Null());
      Release(it->slot);
      queue->erase(it);
      m_recorder.Emit(trace::EventKind::TaskCancel, id, 0, 0, kCheckQueue);
      return;
    }
  }
}

void Agent::NextTick(Value callback, const Value* args, int argc) {
  const std::uint32_t id = m_next_item++;
  CallbackRecord record{id, Keep(callback, Value::Undefined(), args, argc),
                        m_recorder.Intern(CallbackLabel(callback, "process.nextTick"))};
  m_ticks.push_back(record);
  m_recorder.Emit(trace::EventKind::MicrotaskEnqueue, id, record.label, m_recorder.Intern("process.nextTick"), kTickQueue);
}

// work(ms): the thread is busy for ms of virtual time; nothing else runs on it meanwhile.
void Agent::Work(double ms) {
  const std::int64_t ns = std::isnan(ms) || ms <= 0 ? 0 : static_cast<std::int64_t>(ms * VirtualClock::kNsPerMs);
  m_recorder.Emit(trace::EventKind::WorkBegin, 0, 0, static_cast<std::uint64_t>(ns));
  if (!m_clock.Advance(ns) && m_vm->native_depth() == 0) {
    m_work_interrupted = true;
    m_vm->PauseAfterThisCall();  // nothing more of the program runs before the stop is taken
  }
  m_recorder.Emit(trace::EventKind::WorkEnd);
}

// io(ms, value): I/O handled off the thread; its promise settles in a poll phase after ms.
Value Agent::Io(double ms, Value value) {
  Vm& vm = *m_vm;
  JsPromise* promise = vm.NewPromise();
  TempRoot keep(vm, promise);
  const std::int64_t ns = std::isnan(ms) || ms <= 0 ? 0 : static_cast<std::int64_t>(ms * VirtualClock::kNsPerMs);
  IoRecord record{m_next_item++, m_clock.NowNs() + ns, Keep(Value::Object(promise), value, nullptr, 0),
                  m_recorder.Intern("io(" + Vm::NumberToString(ms) + ")")};
  m_io.push_back(record);
  m_recorder.Emit(trace::EventKind::IoBegin, record.id, record.label, static_cast<std::uint64_t>(record.done_ns));
  return Value::Object(promise);
}

std::int64_t Agent::ReadClockNs() {
  m_clock.Advance(m_options.clock_read_ns);
  return m_clock.NowNs();
}

void Agent::Exit(int code) {
  m_vm->RequestTermination("", code);
}

}  // namespace th::runtime
