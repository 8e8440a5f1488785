// Promises and jobs as ECMAScript specifies them (27.2): resolving functions, PerformPromiseThen,
// PromiseReactionJob and PromiseResolveThenableJob. Jobs go to the host's EnqueueJob hook; the
// reaction handlers then run as ordinary VM frames, so they can be stepped like any code.
#include "vm/vm.h"

namespace th {

namespace {

// The resolve function of CreateResolvingFunctions: slots[0] promise, slots[1] shared
// "already resolved" box.
Value ResolveFunction(Vm& vm, Value, Value* args, int argc, NativeFunction* self) {
  Box* already = static_cast<Box*>(self->slots[1].object);
  if (already->value.boolean) return Value::Undefined();
  already->value = Value::Bool(true);
  vm.ResolvePromise(static_cast<JsPromise*>(self->slots[0].object), argc > 0 ? args[0] : Value::Undefined());
  return Value::Undefined();
}

Value RejectFunction(Vm& vm, Value, Value* args, int argc, NativeFunction* self) {
  Box* already = static_cast<Box*>(self->slots[1].object);
  if (already->value.boolean) return Value::Undefined();
  already->value = Value::Bool(true);
  vm.RejectPromise(static_cast<JsPromise*>(self->slots[0].object), argc > 0 ? args[0] : Value::Undefined());
  return Value::Undefined();
}

}  // namespace

std::pair<NativeFunction*, NativeFunction*> Vm::CreateResolvingFunctions(JsPromise* promise) {
  TempRoot keep_promise(*this, promise);
  Box* already = m_heap->New<Box>(Value::Bool(false));
  TempRoot keep_box(*this, already);
  NativeFunction* resolve = NewNative("", ResolveFunction, 1);
  resolve->slots[0] = Value::Object(promise);
  resolve->slots[1] = Value::Object(already);
  TempRoot keep_resolve(*this, resolve);
  NativeFunction* reject = NewNative("", RejectFunction, 1);
  reject->slots[0] = Value::Object(promise);
  reject->slots[1] = Value::Object(already);
  return {resolve, reject};
}

Value Vm::PromiseResolve(Value value) {
  if (value.IsObject() && value.object->kind() == ObjKind::Promise) return value;
  TempRoot keep(*this, value);
  JsPromise* promise = NewPromise();
  TempRoot keep_promise(*this, promise);
  ResolvePromise(promise, value);
  return Value::Object(promise);
}

void Vm::ResolvePromise(JsPromise* promise, Value resolution) {
  if (promise->state != PromiseState::Pending) return;
  if (resolution.IsObject() && resolution.object == promise) {
    TempRoot keep(*this, promise);
    JsObject* error = NewError(m_realm.type_error_proto, "Chaining cycle detected for promise #<Promise>");
    RejectPromise(promise, Value::Object(error));
    return;
  }
  if (!resolution.IsObject()) {
    FulfillPromise(promise, resolution);
    return;
  }
  TempRoot keep_promise(*this, promise);
  TempRoot keep_resolution(*this, resolution);
  Value then = Get(resolution, m_names.then);
  if (then.IsException()) {
    Value error = m_exception;
    ClearException();
    m_has_exception = false;
    RejectPromise(promise, error);
    return;
  }
  if (!IsCallable(then)) {
    FulfillPromise(promise, resolution);
    return;
  }
  EnqueueJob(JobKind::PromiseResolveThenable, Value::Object(promise), resolution, then);
}

void Vm::FulfillPromise(JsPromise* promise, Value value) {
  if (promise->state != PromiseState::Pending) return;
  promise->state = PromiseState::Fulfilled;
  promise->result = value;
  std::vector<PromiseReaction> reactions;
  reactions.swap(promise->reactions());
  TempRoot keep(*this, promise);
  for (const PromiseReaction& reaction : reactions) {
    if (reaction.is_reject) continue;
    EnqueueJob(JobKind::PromiseReaction, reaction.handler, value, reaction.capability_promise, false);
  }
}

void Vm::RejectPromise(JsPromise* promise, Value reason) {
  if (promise->state != PromiseState::Pending) return;
  promise->state = PromiseState::Rejected;
  promise->result = reason;
  std::vector<PromiseReaction> reactions;
  reactions.swap(promise->reactions());
  TempRoot keep(*this, promise);
  if (!promise->handled) m_pending_rejections.push_back(Value::Object(promise));
  for (const PromiseReaction& reaction : reactions) {
    if (!reaction.is_reject) continue;
    EnqueueJob(JobKind::PromiseReaction, reaction.handler, reason, reaction.capability_promise, true);
  }
}

void Vm::PerformPromiseThen(JsPromise* promise, Value on_fulfilled, Value on_rejected, JsPromise* derived) {
  auto usable = [](Value handler) {
    return IsCallable(handler) || (handler.IsObject() && handler.object->kind() == ObjKind::AsyncFrame);
  };
  Value fulfill = usable(on_fulfilled) ? on_fulfilled : Value::Undefined();
  Value reject = usable(on_rejected) ? on_rejected : Value::Undefined();
  Value capability = derived ? Value::Object(derived) : Value::Undefined();
  if (promise->state == PromiseState::Pending) {
    promise->reactions().push_back({capability, Value::Undefined(), Value::Undefined(), fulfill, false});
    promise->reactions().push_back({capability, Value::Undefined(), Value::Undefined(), reject, true});
  } else if (promise->state == PromiseState::Fulfilled) {
    EnqueueJob(JobKind::PromiseReaction, fulfill, promise->result, capability, false);
  } else {
    if (!promise->handled) {
      // HostPromiseRejectionTracker(promise, "handle")
      for (size_t i = 0; i < m_pending_rejections.size(); ++i) {
        if (m_pending_rejections[i].object == promise) {
          m_pending_rejections.erase(m_pending_rejections.begin() + static_cast<long>(i));
          break;
        }
      }
    }
    EnqueueJob(JobKind::PromiseReaction, reject, promise->result, capability, true);
  }
  promise->handled = true;
}

JobId Vm::EnqueueJob(JobKind kind, Value a, Value b, Value c, bool flag) {
  JobId id = m_next_job++;
  m_jobs.emplace(id, Job{kind, a, b, c, flag});
  if (m_observer) m_observer->OnJobEnqueued(id, kind);
  m_host->EnqueueJob(*this, id);
  return id;
}

JobKind Vm::job_kind(JobId id) const {
  auto found = m_jobs.find(id);
  return found == m_jobs.end() ? JobKind::Callback : found->second.kind;
}

std::vector<Value> Vm::TakeUnhandledRejections() {
  std::vector<Value> result;
  result.swap(m_pending_rejections);
  return result;
}

bool Vm::StartJob(JobId id) {
  auto found = m_jobs.find(id);
  if (found == m_jobs.end()) return false;
  Job job = found->second;
  m_jobs.erase(found);
  Value* mark = m_sp;
  // Root the job's values on the stack while its frames are set up.
  *m_sp++ = job.a;
  *m_sp++ = job.b;
  *m_sp++ = job.c;
  auto settle = [&](Value derived, Value value, bool rejected) {
    if (!derived.IsObject()) return;
    JsPromise* promise = static_cast<JsPromise*>(derived.object);
    if (rejected) RejectPromise(promise, value);
    else ResolvePromise(promise, value);
  };
  switch (job.kind) {
    case JobKind::PromiseReaction: {
      Value handler = job.a, argument = job.b, derived = job.c;
      if (handler.IsObject() && handler.object->kind() == ObjKind::AsyncFrame) {
        m_sp = mark;
        if (!ResumeAsync(static_cast<AsyncFrame*>(handler.object), argument, job.flag)) {
          // Resuming overflowed the stack: that is an uncaught RangeError.
          return true;
        }
        return true;
      }
      if (handler.IsUndefined()) {
        settle(derived, argument, job.flag);
        m_sp = mark;
        return true;
      }
      Value* callee_slot = m_sp;
      *m_sp++ = handler;
      *m_sp++ = Value::Undefined();
      *m_sp++ = argument;
      uint32_t depth = m_frame_count;
      if (!CallValue(callee_slot, 1, kReaction, derived)) {
        Value error = m_exception;
        ClearException();
        m_has_exception = false;
        m_sp = callee_slot;
        *m_sp++ = error;
        settle(derived, error, true);
        m_sp = mark;
        return true;
      }
      if (m_frame_count == depth) {
        Value result = *callee_slot;
        settle(derived, result, false);
        m_sp = mark;
        return true;
      }
      // The handler's frame sits above the job's values; they stay until it returns.
      return true;
    }
    case JobKind::PromiseResolveThenable: {
      JsPromise* promise = static_cast<JsPromise*>(job.a.object);
      auto [resolve, reject] = CreateResolvingFunctions(promise);
      Value* callee_slot = m_sp;
      *m_sp++ = job.c;  // then
      *m_sp++ = job.b;  // the thenable
      *m_sp++ = Value::Object(resolve);
      *m_sp++ = Value::Object(reject);
      uint32_t depth = m_frame_count;
      if (!CallValue(callee_slot, 2, kExecutor, Value::Object(reject))) {
        Value error = m_exception;
        ClearException();
        m_has_exception = false;
        Value args[1] = {error};
        *m_sp++ = error;
        reject->fn()(*this, Value::Undefined(), args, 1, reject);
        m_sp = mark;
        return true;
      }
      if (m_frame_count == depth) m_sp = mark;
      return true;
    }
    case JobKind::Callback: {
      Value* callee_slot = m_sp;
      *m_sp++ = job.a;
      *m_sp++ = Value::Undefined();
      uint32_t depth = m_frame_count;
      if (!CallValue(callee_slot, 0, kMicrotask, Value::Undefined())) {
        m_has_exception = true;
        return true;  // Step reports the pending exception
      }
      if (m_frame_count == depth) m_sp = mark;
      return true;
    }
  }
  return true;
}

}  // namespace th
