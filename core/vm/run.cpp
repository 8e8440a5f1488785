// Stepping the VM, draining jobs, and describing uncaught errors the way Node does.
#include "lang/diagnostic.h"
#include "vm/inspect.h"
#include "vm/no_side_effects_string.h"
#include "vm/vm.h"

namespace th {

RunStatus Vm::Step(uint64_t budget, StepMode mode) {
  if (m_frame_count == 0) {
    // Requested with nothing on the stack (process.exit, or the instruction limit reached by a
    // native callback the host called): it takes effect now, not at the next JavaScript, and
    // before an exception that callback threw (a browser would report it and carry on).
    if (m_terminating) {
      m_has_exception = false;
      m_exception = Value::Undefined();
      return FinishRun(RunStatus::Terminated);
    }
    if (m_has_exception) return FinishRun(RunStatus::Threw);
    return RunStatus::Done;
  }
  // Settle the instruction count of the current chunk before re-arming the countdown.
  CutCountdown();
  m_step_target = budget ? m_instructions + budget : 0;
  m_stop_at_statement = mode == StepMode::Statements;
  RunStatus status = Run(0);
  return FinishRun(status);
}

RunStatus Vm::FinishRun(RunStatus status) {
  if (status == RunStatus::Threw) {
    Value error = m_exception;
    m_has_exception = false;
    m_exception = Value::Undefined();
    PushRoot(error);
    m_uncaught_report = FormatUncaught(error, false);
    m_uncaught_value = error;
    PopRoot();
    m_frame_count = 0;
    m_handlers.clear();
    m_sp = m_stack.get();
  } else if (status == RunStatus::Terminated) {
    m_terminating = false;
    m_frame_count = 0;
    m_handlers.clear();
    m_sp = m_stack.get();
    m_job_fifo.clear();
    m_jobs.clear();
  } else if (m_frame_count == 0) {
    m_sp = m_stack.get();
  }
  m_throw_site = {};
  m_throw_site_valid = false;
  m_escaped_microtask = false;
  return status;
}

RunStatus Vm::DrainJobs() {
  while (!m_job_fifo.empty()) {
    JobId id = m_job_fifo.front();
    m_job_fifo.pop_front();
    if (!StartJob(id)) continue;
    RunStatus status = m_has_exception && m_frame_count == 0 ? RunStatus::Threw : RunStatus::Done;
    if (status == RunStatus::Done) {
      status = Step(0);
    } else {
      status = FinishRun(status);
    }
    if (status != RunStatus::Done) return status;
  }
  return RunStatus::Done;
}

std::string Vm::FormatUncaught(Value exception, bool from_promise) {
  TempRoot keep(*this, exception);  // inspecting allocates
  std::string out;
  bool is_error = exception.IsObject() && exception.object->kind() == ObjKind::Object &&
                  static_cast<JsObject*>(exception.object)->object_class() == ObjClass::Error;
  if (from_promise && !is_error) {
    // Node wraps a non-error rejection reason in its own error, naming the reason as V8 names a
    // value without running its code.
    const std::string reason = NoSideEffectsToString(*this, exception);
    out += "node:internal/process/promises:389\n";
    out += "      new UnhandledPromiseRejection(reason);\n";
    out += "      ^\n\n";
    out += "UnhandledPromiseRejection: This error originated either by throwing inside of an async function "
           "without a catch block, or by rejecting a promise which was not handled with .catch(). The promise "
           "rejected with the reason \"" + reason + "\".\n";
    out += "    at throwUnhandledRejectionsMode (node:internal/process/promises:389:7) {\n";
    out += "  code: 'ERR_UNHANDLED_REJECTION'\n}\n\n";
    return out;
  }
  JsObject::ErrorSite site = m_throw_site;
  if (is_error) {
    JsObject::ErrorSite& created = static_cast<JsObject*>(exception.object)->error_site();
    // V8 reports errors from promises and microtasks where they were created.
    bool at_creation = from_promise || m_escaped_microtask || site.line == 0 || created.synthetic;
    if (created.line && at_creation) site = created;
  }
  if (!is_error || site.rethrown_from_tick) out += "\n";
  const bool made_without_stack = is_error && from_promise &&
                                  static_cast<JsObject*>(exception.object)->error_site().line == 0 &&
                                  !static_cast<JsObject*>(exception.object)->error_site().synthetic;
  if (made_without_stack) {
    // An error made with no program code to point at (Promise.any's AggregateError): Node shows
    // the line of its own code that rethrows the rejection.
    out += "node:internal/process/promises:391\n";
    out += "    triggerUncaughtException(err, true /* fromPromise */);\n";
    out += "    ^\n";
  } else if (site.synthetic) {
    out += site.file + ":" + std::to_string(site.line) + "\n" + site.source_line + "\n";
  } else if (site.line > 0) {
    out += site.file + ":" + std::to_string(site.line) + "\n";
    out += SourceLine(SourceOf(site.file), site.line) + "\n";
    out += std::string(static_cast<size_t>(site.col > 0 ? site.col - 1 : 0), ' ') + "^\n";
  }
  if (!is_error) {
    // Primitives print bare (strings unquoted) with Node's hint; objects are inspected.
    InspectOptions options;
    if (exception.IsObject()) {
      out += Inspect(*this, exception, options) + "\n\n";
    } else {
      HeapString* text = exception.IsString() ? exception.AsString() : nullptr;
      out += (text ? text->text() : Inspect(*this, exception, options)) + "\n";
      out += "(Use `node --trace-uncaught ...` to show where the exception was thrown)\n\n";
    }
    return out;
  }
  if (!site.rethrown_from_tick) out += "\n";
  InspectOptions options;
  out += Inspect(*this, exception, options) + "\n\n";
  return out;
}

}  // namespace th
