// What the host's event loop needs beyond jobs: starting a callback (a timer, an immediate, a
// nextTick, a message handler) as a steppable frame, and naming waiting jobs for the trace.
#include "vm/vm.h"

namespace th {

namespace {

std::string CallableName(Value value) {
  if (!value.IsObject()) return "(anonymous)";
  HeapObject* object = value.object;
  HeapString* name = nullptr;
  if (object->kind() == ObjKind::Closure) {
    auto* closure = static_cast<Closure*>(object);
    name = closure->name();
    if (!name || name->text().empty()) {
      const std::string& code_name = closure->proto()->code()->name;
      return code_name.empty() ? "(anonymous)" : code_name;
    }
  } else if (object->kind() == ObjKind::Native) {
    name = static_cast<NativeFunction*>(object)->name();
  }
  return name && !name->text().empty() ? name->text() : "(anonymous)";
}

}  // namespace

bool Vm::StartCall(Value function, Value this_value, const Value* args, int argc) {
  Value* mark = m_sp;
  Value* callee_slot = m_sp;
  *m_sp++ = function;
  *m_sp++ = this_value;
  for (int i = 0; i < argc; ++i) *m_sp++ = args[i];
  const uint32_t depth = m_frame_count;
  const bool called = CallValue(callee_slot, argc, kJobCallback, Value::Undefined());
  // A native callee (or a call that failed at once) ran no instruction, yet the call is work:
  // counting it as one keeps a loop of them (setInterval(Math.max, 1)) inside the host's step
  // budget and the instruction limit, where it once spun forever within a single slice.
  if (m_frame_count == depth) CountNativeCallFromHost();
  if (!called) {
    m_has_exception = true;
    return false;
  }
  // A native callee has already returned: nothing is left to step.
  if (m_frame_count == depth) m_sp = mark;
  return true;
}

std::string Vm::DescribeJob(JobId id) const {
  auto found = m_jobs.find(id);
  if (found == m_jobs.end()) return "job";
  const Job& job = found->second;
  switch (job.kind) {
    case JobKind::PromiseReaction: {
      const Value handler = job.a;
      if (handler.IsObject() && handler.object->kind() == ObjKind::AsyncFrame) {
        const Value closure = static_cast<AsyncFrame*>(handler.object)->closure;
        return std::string(job.flag ? "throw into " : "resume ") + CallableName(closure) + "() after await";
      }
      if (handler.IsUndefined()) {
        return job.flag ? "pass the rejection on to the next promise" : "pass the value on to the next promise";
      }
      if (handler.IsObject() && handler.object->kind() == ObjKind::Native) {
        // The engine's own reactions (async_iteration.cpp, async_generators.cpp).
        const NativeFn fn = static_cast<NativeFunction*>(handler.object)->fn();
        if (fn == AsyncFromSyncUnwrap) return "for await: hand the loop the awaited value";
        if (fn == AsyncGeneratorReturnSettled) return "finish the async generator's return()";
      }
      return std::string(job.flag ? "catch callback " : "then callback ") + CallableName(handler);
    }
    case JobKind::PromiseResolveThenable:
      return "PromiseResolveThenableJob: call then() of the thenable";
    case JobKind::Callback:
      return "queueMicrotask callback " + CallableName(job.a);
  }
  return "job";
}

void Vm::PauseAfterThisCall() {
  m_pause_requested = false;
  m_step_target = std::max<uint64_t>(instructions_executed(), 1);
  CutCountdown();  // the slow path runs before the next instruction, and pauses there
}

void Vm::RequestTermination(std::string message, int exit_code) {
  m_termination_message = std::move(message);
  m_termination_exit_code = exit_code;
  m_terminating = true;
  CutCountdown();  // reach the slow path, which stops the interpreter, at the next instruction
}

}  // namespace th
