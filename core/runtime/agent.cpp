// An agent: construction, the host table, output and the trace hooks, and Advance, which
// steps the VM through one callback after another.
#include "runtime/agent.h"

#include <cmath>
#include <utility>

#include "runtime/browser_console.h"

namespace th::runtime {

namespace {

// The numbers Linux gives the signals a program may send with kill().
int SignalNumber(std::string_view name) {
  if (name == "SIGKILL") return 9;
  if (name == "SIGINT") return 2;
  if (name == "SIGHUP") return 1;
  return 15;  // SIGTERM, and anything else
}

VmOptions MakeVmOptions(const RunOptions& options) {
  VmOptions vm_options;
  vm_options.random_seed = options.seed;
  vm_options.gc_stress = options.gc_stress;
  vm_options.instruction_limit = options.instruction_limit;
  vm_options.module_directory = std::string(kProgramDirectory);
  if (options.heap_limit != 0) vm_options.heap_limit = options.heap_limit;
  return vm_options;
}

std::string_view WithoutFinalNewline(std::string_view text) {
  if (!text.empty() && text.back() == '\n') text.remove_suffix(1);
  return text;
}

}  // namespace

Agent::Agent(AgentIdentity identity, const RunOptions& options, trace::Trace* trace, OutputListener* output,
             AgentLinks* links)
    : m_identity(std::move(identity)),
      m_id(m_identity.id),
      m_options(options),
      m_output(output),
      m_links(links),
      m_vm(std::make_unique<Vm>(MakeVmOptions(options), this, this)),
      m_clock(*m_vm, options.ns_per_instruction, links ? links->Wall() : nullptr),
      m_recorder(trace, m_clock, m_id, options.max_trace_events) {
  if (options.profile == trace::Profile::Node) m_next_item = 2;  // async id 1 is the main script
  InstallHostGlobals();
  InstallHostScript();
}

Agent::~Agent() = default;

bool Agent::Load(std::string_view source, const std::string& filename, Diagnostic* error) {
  m_filename = filename;
  // The script is what runs first; the VM pushes its frame while loading.
  m_stage = Stage::Script;
  m_activity = Activity::Script;
  m_cause = m_id;
  m_recorder.Emit(trace::EventKind::ScriptStart, m_recorder.FileIndex(filename, source));
  m_vm->set_observer(m_recorder.Enabled() ? this : nullptr);
  Diagnostic diagnostic;
  if (!m_vm->Load(source, filename, &diagnostic)) {
    if (error) *error = diagnostic;
    if (m_identity.kind == AgentKind::Worker) {
      // A worker's syntax error is its parent's 'error' event, as an uncaught error is.
      JsObject* syntax_error = m_vm->NewError(m_vm->realm().syntax_error_proto, diagnostic.message);
      ClonedMessage cloned;
      if (SerializeMessage(*m_vm, Value::Object(syntax_error), &cloned)) m_uncaught_for_parent = std::move(cloned);
      Finish(1);
      return false;
    }
    // Node prints a syntax error like an uncaught one: location, source line, caret, message.
    ReportAndExit(FormatDiagnostic(diagnostic, std::string(source)), 1);
    return false;
  }
  return true;
}

// [SECTION] Host table
std::uint32_t Agent::Keep(Value a, Value b, const Value* rest, int count) {
  Vm& vm = *m_vm;
  JsArray* record = vm.NewArray(static_cast<size_t>(count) + 2);
  record->items().push_back(a);
  record->items().push_back(b);
  for (int i = 0; i < count; ++i) record->items().push_back(rest[i]);
  auto& table = m_host_table->items();
  if (!m_free_slots.empty()) {
    const std::uint32_t slot = m_free_slots.back();
    m_free_slots.pop_back();
    table[slot] = Value::Object(record);
    return slot;
  }
  table.push_back(Value::Object(record));
  return static_cast<std::uint32_t>(table.size() - 1);
}

JsArray* Agent::Slot(std::uint32_t slot) {
  return static_cast<JsArray*>(m_host_table->items()[slot].object);
}

void Agent::Release(std::uint32_t slot) {
  m_host_table->items()[slot] = Value::Undefined();
  m_free_slots.push_back(slot);
}

// [SECTION] Output and trace hooks
void Agent::Write(OutputStream stream, std::string_view text) {
  WriteFrom(m_id, m_cause, stream == OutputStream::Stderr, text);
}

void Agent::WriteFrom(std::uint16_t origin, std::uint16_t cause, bool is_error, std::string_view text) {
  if (m_identity.kind == AgentKind::Worker && m_options.profile == trace::Profile::Node && m_links) {
    SendWorkerOutput(origin, cause, is_error, std::string(text));
    return;
  }
  if (m_options.profile == trace::Profile::Node) NoteStreamWrite(is_error);
  if (m_output) m_output->Write(is_error, text);
  // One console line per line of text, so the Console panel shows a multi-line error report
  // (location, source, caret, message) and a console.log("a\nb") as the rows they are.
  std::string_view rest = WithoutFinalNewline(text);
  while (true) {
    const std::size_t newline = rest.find('\n');
    m_recorder.Console(is_error, std::string(rest.substr(0, newline)), origin, cause);
    if (newline == std::string_view::npos) break;
    rest.remove_prefix(newline + 1);
  }
}

// A worker's stream sends a chunk and waits for the parent to take it; what is written
// meanwhile goes in the next chunk (Node's WritableWorkerStdio). So a worker's later lines can
// reach the parent after a message it sent in between.
void Agent::SendWorkerOutput(std::uint16_t origin, std::uint16_t cause, bool is_error, std::string text) {
  WorkerStream& stream = m_worker_streams[is_error ? 1 : 0];
  if (stream.awaiting_ack) {
    stream.pending.push_back({origin, cause, std::move(text)});
    return;
  }
  stream.awaiting_ack = true;
  m_links->ForwardOutput(*this, origin, cause, is_error, std::move(text));
}

// When a worker ends, what its streams still hold goes to the parent at once.
void Agent::FlushWorkerOutput() {
  for (std::size_t index = 0; index < m_worker_streams.size(); ++index) {
    WorkerStream& stream = m_worker_streams[index];
    for (WorkerStream::Chunk& chunk : stream.pending) {
      m_links->ForwardOutput(*this, chunk.origin, chunk.cause, index == 1, std::move(chunk.text));
    }
    stream.pending.clear();
  }
}

// What writing to Node's stdout and stderr (pipes, as when a test records node's output) does
// to the async-id counter: opening the streams takes ids, and each stdout write queues an
// afterWrite nextTick unless one is already waiting.
void Agent::NoteStreamWrite(bool is_error) {
  if (!m_stream_opened) {
    m_stream_opened = true;
    ++m_next_item;
  }
  bool& opened = is_error ? m_stderr_opened : m_stdout_opened;
  if (!opened) {
    opened = true;
    ++m_next_item;
  }
  if (!is_error && !m_stdout_after_write_pending && !m_exited) {
    m_stdout_after_write_pending = true;
    m_ticks.push_back({m_next_item++, kNodeInternalTick, 0});
  }
}

std::uint32_t Agent::FunctionNameId(std::string_view name) {
  if (!m_recorder.Enabled()) return 0;
  // Names mostly come from the compiled code, whose text stays put: key on its address, and
  // compare the text too, since a name held by a collected string may be replaced at the same
  // address.
  const auto address = reinterpret_cast<std::uintptr_t>(name.data());
  NameCacheEntry& entry = m_name_cache[(address >> 3) % m_name_cache.size()];
  if (entry.data == name.data() && entry.text == name) return entry.id;
  entry.data = name.data();
  entry.text.assign(name);
  entry.id = m_recorder.Intern(name);
  return entry.id;
}

void Agent::OnCallPush(std::string_view function_name, int line, bool is_program) {
  // The program's own frame is the script, which ScriptStart already shows.
  if (m_activity == Activity::Script && is_program) return;
  m_recorder.Emit(trace::EventKind::CallPush, FunctionNameId(function_name), m_last_file_index, 0,
                  static_cast<std::uint32_t>(line));
}

void Agent::OnCallPop(std::string_view function_name, bool is_program) {
  (void)function_name;
  if (m_activity == Activity::Script && is_program) return;
  m_recorder.Emit(trace::EventKind::CallPop);
}

void Agent::OnLine(std::string_view file, int line, int col) {
  m_recorder.Emit(trace::EventKind::Line, FileIndexOf(file), static_cast<std::uint32_t>(line), 0,
                  static_cast<std::uint32_t>(col));
}

// File names come from the compiled code, whose text stays put: the last one is remembered by
// address (and checked by content).
std::uint32_t Agent::FileIndexOf(std::string_view file) {
  if (file.data() != m_last_file.data() || file != m_last_file) {
    m_last_file = file;
    m_last_file_index = m_recorder.FileIndex(file, m_vm->SourceOf(file));
  }
  return m_last_file_index;
}

void Agent::OnAwaitSuspend(std::string_view function_name) {
  m_recorder.Emit(trace::EventKind::AwaitSuspend, FunctionNameId(function_name));
}

void Agent::OnAwaitResume(std::string_view function_name, int line) {
  m_recorder.Emit(trace::EventKind::AwaitResume, FunctionNameId(function_name), 0, 0, static_cast<std::uint32_t>(line));
}

// A generator's frame is pushed and popped as a call's is, marked (c = 1) so the explanation can
// say it resumes and yields.
void Agent::OnGeneratorResume(std::string_view function_name, int line) {
  m_recorder.Emit(trace::EventKind::CallPush, FunctionNameId(function_name), m_last_file_index, 1,
                  static_cast<std::uint32_t>(line));
}

void Agent::OnGeneratorYield(std::string_view function_name) {
  (void)function_name;
  m_recorder.Emit(trace::EventKind::CallPop, 0, 0, 1);
}

// [SECTION] Advance
AgentProgress Agent::Advance(std::uint64_t budget, std::int64_t horizon_ns, std::uint64_t& used) {
  // Counted from here, so that starting a callback counts too: a native one (a timer calling
  // Math.max) runs no instruction of its own and the VM counts its call as one; a loop of them
  // once never used up the budget and so never returned.
  const std::uint64_t start = m_vm->instructions_executed();
  used = 0;
  m_waiting = false;
  TakeDueTermination();
  if (m_atomics.active && !m_exited && !FinishAtomicsWait()) {
    m_waiting = true;
    return AgentProgress::Waiting;
  }
  while (!m_exited && used < budget) {
    if (m_activity == Activity::None) {
      // Past its horizon an agent takes no new event: another agent may still send it one
      // that comes first (core/agents/scheduler.h).
      if (m_clock.NowNs() > horizon_ns) {
        used = m_vm->instructions_executed() - start;
        return AgentProgress::Ran;
      }
      if (!StartNext()) {
        used = m_vm->instructions_executed() - start;
        if (m_exited) break;
        m_waiting = true;
        return AgentProgress::Waiting;
      }
      if (m_exited) break;
      used = m_vm->instructions_executed() - start;
      if (used >= budget) break;
    }
    const RunStatus status = m_vm->Step(budget - used, StepMode::Instructions);
    used = m_vm->instructions_executed() - start;
    switch (status) {
      case RunStatus::Paused:
        if (m_atomics.active) {
          m_waiting = true;  // blocked in Atomics.wait: the loop does not run meanwhile
          return AgentProgress::Waiting;
        }
        if (m_work_interrupted) {
          m_work_interrupted = false;
          return AgentProgress::Ran;
        }
        break;
      case RunStatus::Done:
        FinishActivity();
        break;
      case RunStatus::Threw:
        m_recorder.Emit(trace::EventKind::Error, m_recorder.Intern(UncaughtGoesToListener()
                                                                       ? "uncaught exception, to its listener"
                                                                       : "uncaught exception"));
        HandleUncaught();
        break;
      case RunStatus::Terminated:
        ReportAndExit(m_vm->termination_message(), m_vm->termination_exit_code());
        break;
    }
  }
  used = m_vm->instructions_executed() - start;
  return m_exited ? AgentProgress::Exited : AgentProgress::Ran;
}

// An error nobody caught: a page reports it and goes on; a Node process prints it and ends; a
// worker ends without printing, and its parent gets the error as an 'error' event. In Node the
// program's 'uncaughtException' (and 'exit') listeners run first, in the host script.
void Agent::HandleUncaught() {
  if (m_options.profile == trace::Profile::Browser) {
    // A page reports the error on the console, abandons that script or task, and goes on with
    // the next task: timers already set still fire.
    ReportBrowserException(m_vm->uncaught_value());
    FinishActivity();
    return;
  }
  if (m_handling_fatal || m_activity == Activity::Exit) {
    // An 'uncaughtException' listener threw: Node's fatal exception handler itself failed.
    // An 'exit' listener that throws is reported as well; nothing else runs after it.
    m_handling_fatal = false;
    m_in_uncaught_listener = false;
    ReportAndExit(m_vm->uncaught_report(), m_activity == Activity::Exit ? 1 : 7);
    return;
  }
  const bool listened = HasProcessListener("uncaughtException") || HasProcessListener("uncaughtExceptionMonitor") ||
                        HasProcessListener("exit");
  if (!listened || m_in_uncaught_listener) {
    m_in_uncaught_listener = false;
    EndByUncaught(m_vm->uncaught_value(), m_vm->uncaught_report());
    return;
  }
  // The listeners run within the callback that threw, as Node calls them from its fatal
  // exception handler; FinishActivity ends both.
  m_fatal_report = m_vm->uncaught_report();
  m_in_uncaught_listener = true;
  StartDispatch("uncaught", 0, m_vm->uncaught_value(), Value::Undefined());
}

void Agent::ReportBrowserException(Value error) {
  TempRoot keep(*m_vm, error);
  Write(OutputStream::Stderr, BrowserUncaught(*m_vm, error, /*in_promise=*/false));
  if (m_identity.kind != AgentKind::Worker || !m_links) return;
  // HTML's "report an exception" in a worker: an ErrorEvent for the Worker object on the page,
  // with the message and where the error was made (error stays null: it is not cloned).
  Vm& vm = *m_vm;
  JsObject* info = vm.NewObject();
  TempRoot keep_info(vm, info);
  vm.DefineOwn(info, vm.Intern("message"), vm.Str("Uncaught " + BrowserErrorMessage(vm, error)));
  std::string file = m_filename;
  double line = 0;
  double column = 0;
  if (error.IsObject() && error.object->kind() == ObjKind::Object &&
      static_cast<JsObject*>(error.object)->object_class() == ObjClass::Error) {
    const JsObject::ErrorSite& site = static_cast<JsObject*>(error.object)->error_site();
    if (site.line > 0 && !site.synthetic) {
      file = site.file;
      line = site.line;
      column = site.col;
    }
  }
  vm.DefineOwn(info, vm.Intern("filename"), vm.Str(file));
  vm.DefineOwn(info, vm.Intern("lineno"), Value::Number(line));
  vm.DefineOwn(info, vm.Intern("colno"), Value::Number(column));
  ClonedMessage report;
  if (!SerializeMessage(vm, Value::Object(info), &report)) {
    vm.ClearException();
    return;
  }
  report.error_report = true;
  report.preview = "Uncaught " + BrowserErrorMessage(vm, error);
  m_links->Post(*this, m_identity.parent_port, std::move(report));
}

// Whether HandleUncaught gives the error to the program's process.on('uncaughtException').
bool Agent::UncaughtGoesToListener() const {
  return m_options.profile == trace::Profile::Node && !m_handling_fatal && !m_in_uncaught_listener &&
         m_activity != Activity::Exit && HasProcessListener("uncaughtException");
}

void Agent::EndByUncaught(Value error, const std::string& report) {
  if (m_identity.kind == AgentKind::Worker) {
    ClonedMessage cloned;
    if (!SerializeMessage(*m_vm, error, &cloned)) {
      m_vm->ClearException();
      cloned = {};
    }
    m_uncaught_for_parent = std::move(cloned);
    Finish(1);
    return;
  }
  ReportAndExit(report, 1);
}

// Called from the host script with JavaScript on the stack: the VM stops where it is and
// Advance ends the agent with the report (a worker's error goes to its parent instead).
void Agent::FatalFromHost(Value reason, bool from_promise) {
  const int code = ExitCodeSetByProgram();
  if (m_identity.kind == AgentKind::Worker && !from_promise) {
    ClonedMessage cloned;
    if (!SerializeMessage(*m_vm, reason, &cloned)) {
      m_vm->ClearException();
      cloned = {};
    }
    m_uncaught_for_parent = std::move(cloned);
    m_vm->RequestTermination("", code);
    return;
  }
  m_vm->RequestTermination(from_promise ? m_vm->FormatUncaught(reason, true) : m_fatal_report, code);
}

// Whether the program listens for `type` on process: its EventEmitter's own table, read
// without running any code.
bool Agent::HasProcessListener(std::string_view type) const {
  if (!m_process) return false;
  const Property* events = m_process->props().Find(m_vm->Intern("_events"));
  if (!events || !events->value.IsObject() || events->value.object->kind() != ObjKind::Object) return false;
  const Property* listeners = static_cast<JsObject*>(events->value.object)->props().Find(m_vm->Intern(type));
  return listeners && !listeners->value.IsUndefined();
}

void Agent::Deliver(Inbound inbound) { m_inbox.push_back(std::move(inbound)); }

// [SECTION] Shared memory and Atomics.wait
void Agent::SharedMemoryCreated(Vm& vm) {
  (void)vm;
  if (m_links) m_links->NoteSharedMemory();
}

Value Agent::AtomicsWait(Vm& vm, const std::shared_ptr<SharedBytes>& memory, size_t byte_index, double timeout_ms) {
  if (m_options.profile == trace::Profile::Browser && m_identity.kind == AgentKind::Main) {
    return vm.ThrowTypeError("Atomics.wait cannot be called in this context");  // a page may not block
  }
  if (timeout_ms <= 0 || !m_links || vm.native_depth() > 0) return vm.Str("timed-out");
  m_atomics = AtomicsWaitState{true, memory, byte_index, std::nullopt, std::nullopt};
  if (std::isfinite(timeout_ms)) {
    m_atomics.deadline_ns = m_clock.NowNs() + static_cast<std::int64_t>(timeout_ms * VirtualClock::kNsPerMs);
  }
  m_links->AtomicsWaitBegin(*this, memory.get(), byte_index);
  m_recorder.Emit(trace::EventKind::AtomicsWait, 0, 0,
                  m_atomics.deadline_ns ? static_cast<std::uint64_t>(*m_atomics.deadline_ns - m_clock.NowNs()) : 0);
  vm.PauseAfterThisCall();
  return Value::Empty();
}

double Agent::AtomicsNotify(Vm& vm, const std::shared_ptr<SharedBytes>& memory, size_t byte_index, double count) {
  (void)vm;
  return m_links ? m_links->AtomicsNotify(*this, memory.get(), byte_index, count) : 0;
}

void Agent::WakeFromAtomicsWait(std::int64_t ns) {
  if (m_atomics.active) m_atomics.woken_ns = std::max(ns, m_clock.NowNs());
}

// Woken ("ok") or past its timeout ("timed-out"): the call returns that, and the agent goes on.
bool Agent::FinishAtomicsWait() {
  const std::int64_t now = m_clock.NowNs();
  const char* result = nullptr;
  if (m_atomics.woken_ns && *m_atomics.woken_ns <= now) {
    result = "ok";
  } else if (m_atomics.deadline_ns && *m_atomics.deadline_ns <= now) {
    result = "timed-out";
    m_links->AtomicsWaitEnd(*this, m_atomics.memory.get(), m_atomics.byte_index);
  } else {
    return false;
  }
  m_atomics = AtomicsWaitState{};
  m_recorder.Emit(trace::EventKind::AtomicsWake, result[0] == 'o' ? 1 : 0);
  m_vm->ReplaceCallResult(m_vm->Str(result));
  return true;
}

// worker.terminate() and child.kill() stop the agent where it is, once they have reached it.
void Agent::TakeDueTermination() {
  const std::int64_t now = m_clock.NowNs();
  for (auto it = m_inbox.begin(); it != m_inbox.end(); ++it) {
    if (it->kind != Inbound::Kind::Terminate || it->arrival_ns > now) continue;
    m_exit_signal = it->signal;
    const int code = it->signal.empty() ? 1 : 128 + SignalNumber(it->signal);
    m_inbox.erase(it);
    if (m_activity != Activity::None && m_vm->HasFrames()) {
      m_vm->RequestTermination("", code);  // Step then ends the callback where it is
    } else {
      Finish(code);
    }
    return;
  }
}

void Agent::Kill(int exit_code) { Finish(exit_code); }

void Agent::FailMissingModule(const std::string& filename) {
  const std::string message = "Cannot find module '" + filename + "'";
  if (m_identity.kind == AgentKind::Worker) {
    JsObject* error = m_vm->NewError(m_vm->realm().error_proto, message);
    ClonedMessage cloned;
    if (SerializeMessage(*m_vm, Value::Object(error), &cloned)) m_uncaught_for_parent = std::move(cloned);
    Finish(1);
    return;
  }
  ReportAndExit("node:internal/modules/cjs/loader:1210\n  throw err;\n  ^\n\nError: " + message +
                    "\n    at Module._resolveFilename (node:internal/modules/cjs/loader:1207:15) {\n"
                    "  code: 'MODULE_NOT_FOUND',\n  requireStack: []\n}\n\n",
                1);
}

void Agent::ReportAndExit(const std::string& report, int code) {
  if (!report.empty()) Write(OutputStream::Stderr, report);
  Finish(code);
}

void Agent::Finish(int code) {
  if (m_exited) return;
  if (m_identity.kind == AgentKind::Worker && m_links) FlushWorkerOutput();
  m_exited = true;
  m_exit_code = code;
  m_stage = Stage::Done;
  m_activity = Activity::None;
  m_waiting = false;
  m_recorder.Emit(trace::EventKind::AgentExit, static_cast<std::uint32_t>(code));
}

// [SECTION] Ports
void Agent::AddPort(PortId port, bool ref) { m_ports[port] = PortState{ref, true}; }

void Agent::SetPortRef(PortId port, bool ref) {
  auto found = m_ports.find(port);
  if (found != m_ports.end()) found->second.ref = ref;
}

bool Agent::PortKeepsAlive(PortId port) const {
  auto found = m_ports.find(port);
  return found != m_ports.end() && PortRefed(port, found->second);
}

bool Agent::PortRefed(PortId port, const PortState& state) const {
  if (!state.open) return false;
  if (state.ref) return true;
  if (!m_onmessage_key || port != m_identity.parent_port) return false;
  const Property* handler = m_vm->realm().global->props().Find(m_onmessage_key);
  return handler && Vm::IsCallable(handler->value);
}

void Agent::ClosePort(PortId port) {
  auto found = m_ports.find(port);
  if (found == m_ports.end() || !found->second.open) return;
  found->second.open = false;
  found->second.ref = false;
  if (m_links) m_links->ClosePort(*this, port);
}

}  // namespace th::runtime
