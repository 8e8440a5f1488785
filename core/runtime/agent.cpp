// An agent: construction, the host table, output and the trace hooks, and Advance, which
// steps the VM through one callback after another.
#include "runtime/agent.h"

#include <utility>

#include "runtime/browser_console.h"

namespace th::runtime {

namespace {

VmOptions MakeVmOptions(const RunOptions& options) {
  VmOptions vm_options;
  vm_options.random_seed = options.seed;
  vm_options.gc_stress = options.gc_stress;
  vm_options.instruction_limit = options.instruction_limit;
  if (options.heap_limit != 0) vm_options.heap_limit = options.heap_limit;
  return vm_options;
}

std::string_view WithoutFinalNewline(std::string_view text) {
  if (!text.empty() && text.back() == '\n') text.remove_suffix(1);
  return text;
}

}  // namespace

Agent::Agent(std::uint16_t id, const RunOptions& options, trace::Trace* trace, OutputListener* output)
    : m_id(id),
      m_options(options),
      m_output(output),
      m_vm(std::make_unique<Vm>(MakeVmOptions(options), this, this)),
      m_clock(*m_vm, options.ns_per_instruction),
      m_recorder(trace, m_clock, id, options.max_trace_events) {
  if (options.profile == session::Profile::Node) m_next_item = 2;  // async id 1 is the main script
  InstallHostGlobals();
  if (trace) m_vm->set_observer(this);
}

Agent::~Agent() = default;

bool Agent::Load(std::string_view source, const std::string& filename, Diagnostic* error) {
  m_filename = filename;
  // The script is what runs first; the VM pushes its frame while loading.
  m_stage = Stage::Script;
  m_activity = Activity::Script;
  m_recorder.Emit(trace::EventKind::ScriptStart, 0);
  Diagnostic diagnostic;
  if (!m_vm->Load(source, filename, &diagnostic)) {
    // Node prints a syntax error like an uncaught one: location, source line, caret, message.
    const std::string report = FormatDiagnostic(diagnostic, std::string(source));
    if (error) *error = diagnostic;
    ReportAndExit(report, 1);
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
  const bool is_error = stream == OutputStream::Stderr;
  if (m_options.profile == session::Profile::Node) NoteStreamWrite(is_error);
  if (m_output) m_output->Write(is_error, text);
  // One console line per line of text, so the Console panel shows a multi-line error report
  // (location, source, caret, message) and a console.log("a\nb") as the rows they are.
  std::string_view rest = WithoutFinalNewline(text);
  while (true) {
    const std::size_t newline = rest.find('\n');
    m_recorder.Console(is_error, std::string(rest.substr(0, newline)));
    if (newline == std::string_view::npos) break;
    rest.remove_prefix(newline + 1);
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
  m_recorder.Emit(trace::EventKind::CallPush, FunctionNameId(function_name), 0, 0, static_cast<std::uint32_t>(line));
}

void Agent::OnCallPop(std::string_view function_name, bool is_program) {
  (void)function_name;
  if (m_activity == Activity::Script && is_program) return;
  m_recorder.Emit(trace::EventKind::CallPop);
}

void Agent::OnLine(std::string_view file, int line, int col) {
  (void)file;  // one file per agent for now: index 0
  m_recorder.Emit(trace::EventKind::Line, 0, static_cast<std::uint32_t>(line), 0, static_cast<std::uint32_t>(col));
}

void Agent::OnAwaitSuspend(std::string_view function_name) {
  m_recorder.Emit(trace::EventKind::AwaitSuspend, FunctionNameId(function_name));
}

void Agent::OnAwaitResume(std::string_view function_name, int line) {
  m_recorder.Emit(trace::EventKind::AwaitResume, FunctionNameId(function_name), 0, 0, static_cast<std::uint32_t>(line));
}

// [SECTION] Advance
AgentProgress Agent::Advance(std::uint64_t budget, std::uint64_t& used) {
  // Counted from here, so that starting a callback counts too: a native one (a timer calling
  // Math.max) runs no instruction of its own and the VM counts its call as one; a loop of them
  // once never used up the budget and so never returned.
  const std::uint64_t start = m_vm->instructions_executed();
  used = 0;
  while (!m_exited && used < budget) {
    if (m_activity == Activity::None && !StartNext()) {
      used = m_vm->instructions_executed() - start;
      return m_exited ? AgentProgress::Exited : AgentProgress::Waiting;
    }
    if (m_exited) break;
    used = m_vm->instructions_executed() - start;
    if (used >= budget) break;
    const RunStatus status = m_vm->Step(budget - used, StepMode::Instructions);
    used = m_vm->instructions_executed() - start;
    switch (status) {
      case RunStatus::Paused:
        break;
      case RunStatus::Done:
        FinishActivity();
        break;
      case RunStatus::Threw:
        m_recorder.Emit(trace::EventKind::Error, m_recorder.Intern("uncaught exception"));
        if (m_options.profile == session::Profile::Browser) {
          // A page reports the error on the console, abandons that script or task, and goes on
          // with the next task: timers already set still fire.
          Write(OutputStream::Stderr, BrowserUncaught(*m_vm, m_vm->uncaught_value(), /*in_promise=*/false));
          FinishActivity();
          break;
        }
        ReportAndExit(m_vm->uncaught_report(), 1);
        break;
      case RunStatus::Terminated:
        ReportAndExit(m_vm->termination_message(), m_vm->termination_exit_code());
        break;
    }
  }
  used = m_vm->instructions_executed() - start;
  return m_exited ? AgentProgress::Exited : AgentProgress::Ran;
}

void Agent::ReportAndExit(const std::string& report, int code) {
  if (!report.empty()) Write(OutputStream::Stderr, report);
  Finish(code);
}

void Agent::Finish(int code) {
  if (m_exited) return;
  m_exited = true;
  m_exit_code = code;
  m_stage = Stage::Done;
  m_activity = Activity::None;
  m_recorder.Emit(trace::EventKind::AgentExit, static_cast<std::uint32_t>(code));
}

}  // namespace th::runtime
