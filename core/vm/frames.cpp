// [SECTION] index
//   Frames: pushing, returning, unwinding
//   Calls and construction
//   Async functions: suspend and resume
//   Budgets and limits (the slow path)
//
// Everything the dispatch loop (interpreter.cpp) calls out to when a frame is pushed, popped,
// suspended or unwound. Frames live in Vm::m_frames over the contiguous value stack; a
// suspended async activation moves into its AsyncFrame heap object until it resumes.
#include <cstring>

#include "vm/vm.h"

namespace th {

namespace {

bool IsProgram(Closure* closure) { return closure->proto()->code()->is_program; }
bool IsBuiltin(Closure* closure) { return closure->proto()->code()->is_builtin; }

}  // namespace

// [SECTION] Frames
// The name the trace shows for a frame (a view of the closure's or the code's name, so no copy
// is made per call).
std::string_view Vm::FrameName(Closure* closure) {
  if (closure->name() && !closure->name()->text().empty()) return closure->name()->text();
  const FunctionCode* code = closure->proto()->code();
  if (code->is_program) return "(program)";
  if (code->name.empty()) return "(anonymous)";
  return code->name;
}

bool Vm::PushClosureFrame(Closure* closure, Value* callee_slot, int argc, uint8_t frame_kind, Value aux) {
  const FunctionCode* code = closure->proto()->code();
  Value* base = callee_slot + 2;
  if (m_frame_count >= m_options.max_call_depth || base + code->local_count + code->max_stack + 8 >= m_stack_end) {
    m_sp = base + argc;
    Throw(Value::Object(NewError(m_realm.range_error_proto, "Maximum call stack size exceeded")));
    return false;
  }
  int params = code->param_count;
  JsArray* arguments = nullptr;
  if (code->arguments_slot >= 0) {
    m_sp = base + argc;  // the arguments stay rooted on the stack meanwhile
    arguments = NewArray(static_cast<size_t>(argc));
    arguments->items().assign(base, base + argc);
    PushRoot(Value::Object(arguments));
  }
  if (argc < params) {
    for (int i = argc; i < params; ++i) base[i] = Value::Undefined();
    m_sp = base + params;
  } else {
    m_sp = base + argc;
  }
  if (code->has_rest) {
    JsArray* rest = NewArray();
    for (int i = params; i < argc; ++i) rest->items().push_back(base[i]);
    base[params] = Value::Object(rest);
    m_sp = base + params + 1;
  } else if (argc > params) {
    m_sp = base + params;
  }
  Value* locals_end = base + code->local_count;
  while (m_sp < locals_end) *m_sp++ = Value::Undefined();
  if (arguments) {
    base[code->arguments_slot] = Value::Object(arguments);
    PopRoot();
  }
  CallFrame& frame = PushFrameRecord(closure, code->code.data(), base, frame_kind, aux);
  // (An async generator's call only makes its generator object: its body runs as next() asks.)
  if (code->is_async && !code->is_generator && frame_kind != kConstruct) {
    JsPromise* promise = NewPromise();
    frame.aux = Value::Object(promise);  // rooted through the frame while the cell is made
    AsyncFrame* cell = m_heap->New<AsyncFrame>();
    cell->closure = Value::Object(closure);
    cell->promise = Value::Object(promise);
    cell->outer_kind = frame_kind;
    cell->outer_aux = aux;
    m_frames[m_frame_count - 1].kind = kAsync;
    m_frames[m_frame_count - 1].aux = Value::Object(cell);
  }
  if (m_observer && !code->is_builtin) m_observer->OnCallPush(FrameName(closure), code->line, code->is_program);
  return true;
}

// The first time an async activation hands back its promise (at its first await, return or
// throw), the way it was called decides what that promise settles.
Value Vm::CompleteOuterCall(AsyncFrame* cell, Value promise) {
  uint8_t kind = cell->outer_kind;
  Value aux = cell->outer_aux;
  cell->outer_kind = kNormal;
  cell->outer_aux = Value::Undefined();
  switch (kind) {
    case kReaction:
      if (aux.IsObject()) ResolvePromise(static_cast<JsPromise*>(aux.object), promise);
      return promise;
    case kExecutor: return static_cast<NativeFunction*>(aux.object)->slots[0];
    default: return promise;
  }
}

// Completes the top frame with `result` according to its kind and pops it.
bool Vm::FinishFrameReturn(Value result) {
  CallFrame& frame = m_frames[m_frame_count - 1];
  Value* callee_slot = frame.base - 2;
  m_sp = frame.base + frame.closure->proto()->code()->local_count;  // keep locals rooted meanwhile
  *m_sp++ = result;
  switch (frame.kind) {
    case kConstruct:
      if (!result.IsObject()) result = frame.base[-1];
      break;
    case kAsync: {
      AsyncFrame* cell = static_cast<AsyncFrame*>(frame.aux.object);
      ResolvePromise(static_cast<JsPromise*>(cell->promise.object), result);
      result = CompleteOuterCall(cell, cell->promise);
      break;
    }
    case kExecutor: {
      NativeFunction* reject = static_cast<NativeFunction*>(frame.aux.object);
      result = reject->slots[0];
      break;
    }
    case kReaction:
      if (frame.aux.IsObject()) ResolvePromise(static_cast<JsPromise*>(frame.aux.object), result);
      break;
    case kGenerator: CompleteGenerator(frame); break;
    case kAsyncGenerator:
      AsyncGeneratorFinish(static_cast<GeneratorObject*>(frame.aux.object), result, false);
      result = Value::Undefined();
      break;
    default: break;
  }
  if (m_observer && !IsBuiltin(frame.closure)) m_observer->OnCallPop(FrameName(frame.closure), IsProgram(frame.closure));
  m_handlers.resize(frame.handler_base);
  --m_frame_count;
  m_sp = callee_slot;
  *m_sp++ = result;
  return true;
}

void Vm::RecordThrowSite() {
  m_throw_site = CurrentSite();
  m_throw_site_valid = m_throw_site.line > 0;
}

// The position of the innermost running user frame. Frames of the JavaScript prelude are
// skipped: an error a built-in throws is reported where the program called it, as in Node.
JsObject::ErrorSite Vm::CurrentSite() const {
  for (uint32_t i = m_frame_count; i > 0; --i) {
    const CallFrame& frame = m_frames[i - 1];
    const FunctionCode* code = frame.closure->proto()->code();
    if (code->file == kPreludeFile) continue;
    uint32_t offset = static_cast<uint32_t>(frame.ip - code->code.data());
    const PositionEntry* position = code->PositionAt(offset > 0 ? offset - 1 : 0);
    if (!position) return {};
    return {code->file, position->line, position->col, "", false};
  }
  return {};
}

// Finds a handler for m_exception at or above `stop_depth`. Returns true when execution can
// continue in the (new) top frame, false when the exception leaves `stop_depth`.
bool Vm::Unwind(uint32_t stop_depth) {
  while (m_frame_count > stop_depth) {
    CallFrame& frame = m_frames[m_frame_count - 1];
    uint32_t index = m_frame_count - 1;
    if (!m_terminating && !m_handlers.empty() && m_handlers.back().frame_index == index &&
        m_handlers.size() > frame.handler_base) {
      Handler handler = m_handlers.back();
      m_handlers.pop_back();
      m_throw_site_valid = false;  // caught: the next throw records its own site
      m_sp = frame.base + handler.sp_offset;
      *m_sp++ = m_exception;
      m_exception = Value::Undefined();
      m_has_exception = false;
      frame.ip = frame.closure->proto()->code()->code.data() + handler.target;
      return true;
    }
    if (!m_terminating &&
        (frame.kind == kAsync || frame.kind == kExecutor || frame.kind == kReaction || frame.kind == kAsyncGenerator)) {
      // The exception settles a promise instead of propagating.
      Value error = m_exception;
      m_exception = Value::Undefined();
      m_has_exception = false;
      m_handlers.resize(frame.handler_base);
      m_sp = frame.base + frame.closure->proto()->code()->local_count;
      *m_sp++ = error;
      Value result = Value::Undefined();
      if (frame.kind == kAsync) {
        AsyncFrame* cell = static_cast<AsyncFrame*>(frame.aux.object);
        RejectPromise(static_cast<JsPromise*>(cell->promise.object), error);
        result = CompleteOuterCall(cell, cell->promise);
      } else if (frame.kind == kExecutor) {
        NativeFunction* reject = static_cast<NativeFunction*>(frame.aux.object);
        Value args[1] = {error};
        reject->fn()(*this, Value::Undefined(), args, 1, reject);
        result = reject->slots[0];
      } else if (frame.kind == kAsyncGenerator) {
        AsyncGeneratorFinish(static_cast<GeneratorObject*>(frame.aux.object), error, true);
      } else if (frame.aux.IsObject()) {
        RejectPromise(static_cast<JsPromise*>(frame.aux.object), error);
      }
      if (m_observer && !IsBuiltin(frame.closure)) m_observer->OnCallPop(FrameName(frame.closure), IsProgram(frame.closure));
      Value* callee_slot = frame.base - 2;
      --m_frame_count;
      m_sp = callee_slot;
      *m_sp++ = result;
      return true;
    }
    if (m_observer && !IsBuiltin(frame.closure)) m_observer->OnCallPop(FrameName(frame.closure), IsProgram(frame.closure));
    if (frame.kind == kMicrotask) m_escaped_microtask = true;
    if (frame.kind == kGenerator || frame.kind == kAsyncGenerator) CompleteGenerator(frame);
    m_handlers.resize(frame.handler_base);
    m_sp = frame.base - 2;
    --m_frame_count;
  }
  return false;
}

// [SECTION] Calls and construction
Value Vm::TypeErrorNotCallable(Value callee) {
  (void)callee;
  std::string text = CalleeText();
  return ThrowTypeError(text + " is not a function");
}

std::string Vm::CalleeText() const {
  if (m_frame_count == 0) return "expression";
  const CallFrame& frame = m_frames[m_frame_count - 1];
  const FunctionCode* code = frame.closure->proto()->code();
  uint32_t offset = static_cast<uint32_t>(frame.ip - code->code.data());
  // The compiler records the callee's source text at each call instruction; the running
  // instruction is the last one recorded before `offset`.
  for (const auto& entry : code->call_names) {
    if (entry.first == offset) return entry.second.empty() ? "expression" : entry.second;
  }
  return "expression";
}

bool Vm::CallValue(Value* callee_slot, int argc, uint8_t frame_kind, Value aux) {
  while (true) {
    Value callee = callee_slot[0];
    if (!callee.IsObject()) {
      m_sp = callee_slot + 2 + argc;
      TypeErrorNotCallable(callee);
      return false;
    }
    switch (callee.object->kind()) {
      case ObjKind::Closure: {
        Closure* closure = static_cast<Closure*>(callee.object);
        const FunctionCode* code = closure->proto()->code();
        if (frame_kind == kConstruct) {
          if (code->is_arrow || code->is_async) {
            m_sp = callee_slot + 2 + argc;
            ThrowTypeError(CalleeText() + " is not a constructor");
            return false;
          }
        } else if (code->is_class_constructor) {
          m_sp = callee_slot + 2 + argc;
          ThrowTypeError("Class constructor " + std::string(FrameName(closure)) + " cannot be invoked without 'new'");
          return false;
        }
        return PushClosureFrame(closure, callee_slot, argc, frame_kind, aux);
      }
      case ObjKind::Native: {
        NativeFunction* native = static_cast<NativeFunction*>(callee.object);
        Value* args = callee_slot + 2;
        switch (native->native_kind()) {
          case NativeKind::FunctionCall: {
            // f.call(thisArg, ...args): shift everything down one slot and call f.
            callee_slot[0] = callee_slot[1];
            if (argc == 0) {
              callee_slot[1] = Value::Undefined();
            } else {
              callee_slot[1] = args[0];
              std::memmove(args, args + 1, sizeof(Value) * static_cast<size_t>(argc - 1));
              --argc;
            }
            m_sp = args + argc;
            if (!IsCallable(callee_slot[0])) {
              ThrowTypeError("Function.prototype.call was called on a value that is not a function");
              return false;
            }
            continue;
          }
          case NativeKind::FunctionApply: {
            Value target = callee_slot[1];
            Value this_arg = argc > 0 ? args[0] : Value::Undefined();
            Value list = argc > 1 ? args[1] : Value::Undefined();
            if (!IsCallable(target)) {
              m_sp = args + argc;
              ThrowTypeError("Function.prototype.apply was called on a value that is not a function");
              return false;
            }
            callee_slot[0] = target;
            callee_slot[1] = this_arg;
            int count = 0;
            if (IsArray(list)) {
              auto& items = static_cast<JsArray*>(list.object)->items();
              if (args + items.size() + 8 >= m_stack_end) {
                m_sp = args + argc;
                ThrowRangeError("Maximum call stack size exceeded");
                return false;
              }
              for (const Value& item : items) args[count++] = item.IsEmpty() ? Value::Undefined() : item;
            } else if (!list.IsNullish()) {
              m_sp = args + argc;
              ThrowTypeError("CreateListFromArrayLike called on non-object");
              return false;
            }
            argc = count;
            m_sp = args + argc;
            continue;
          }
          case NativeKind::PromiseCtor: {
            if (frame_kind != kConstruct) {
              m_sp = args + argc;
              ThrowTypeError("Promise constructor cannot be invoked without 'new'");
              return false;
            }
            Value executor = argc > 0 ? args[0] : Value::Undefined();
            if (!IsCallable(executor)) {
              m_sp = args + argc;
              ThrowTypeError("Promise resolver " + ShownText(executor) +
                             " is not a function");
              return false;
            }
            m_sp = args + argc;
            JsPromise* promise = NewPromise();
            callee_slot[1] = Value::Object(promise);  // rooted in the this slot
            auto [resolve, reject] = CreateResolvingFunctions(promise);
            callee_slot[0] = executor;
            callee_slot[1] = Value::Undefined();
            args[0] = Value::Object(resolve);
            args[1] = Value::Object(reject);
            m_sp = args + 2;
            if (executor.object->kind() == ObjKind::Closure) {
              return PushClosureFrame(static_cast<Closure*>(executor.object), callee_slot, 2, kExecutor,
                                      Value::Object(reject));
            }
            Value result = Call(executor, Value::Undefined(), args, 2);
            if (result.IsException()) {
              Value error = m_exception;
              m_exception = Value::Undefined();
              m_has_exception = false;
              Value reject_args[1] = {error};
              reject->fn()(*this, Value::Undefined(), reject_args, 1, reject);
            }
            m_sp = callee_slot;
            *m_sp++ = Value::Object(promise);
            return true;
          }
          case NativeKind::Plain: break;
        }
        m_sp = args + argc;
        Value this_value = frame_kind == kConstruct ? Value::Empty() : callee_slot[1];
        if (frame_kind == kConstruct && !native->is_constructor()) {
          ThrowTypeError(CalleeText() + " is not a constructor");
          return false;
        }
        Value result = native->fn()(*this, this_value, args, argc, native);
        if (result.IsException()) return false;
        m_sp = callee_slot;
        *m_sp++ = result;
        return true;
      }
      case ObjKind::Bound: {
        BoundFunction* bound = static_cast<BoundFunction*>(callee.object);
        auto& bound_args = bound->args();
        Value* args = callee_slot + 2;
        size_t extra = bound_args.size();
        if (args + argc + extra + 8 >= m_stack_end) {
          m_sp = args + argc;
          ThrowRangeError("Maximum call stack size exceeded");
          return false;
        }
        std::memmove(args + extra, args, sizeof(Value) * static_cast<size_t>(argc));
        for (size_t i = 0; i < extra; ++i) args[i] = bound_args[i];
        argc += static_cast<int>(extra);
        callee_slot[0] = bound->target();
        if (frame_kind != kConstruct) callee_slot[1] = bound->bound_this();
        m_sp = args + argc;
        continue;
      }
      default:
        m_sp = callee_slot + 2 + argc;
        TypeErrorNotCallable(callee);
        return false;
    }
  }
}

// [SECTION] Construction
// The stack holds [constructor args...]; makes room for `this` and calls it as a constructor.
bool Vm::ConstructFromStack(int argc) {
  Value* callee_slot = m_sp - argc - 1;
  std::memmove(callee_slot + 2, callee_slot + 1, sizeof(Value) * static_cast<size_t>(argc));
  callee_slot[1] = Value::Undefined();
  ++m_sp;
  Value constructor = callee_slot[0];
  if (!IsCallable(constructor)) {
    ThrowTypeError(CalleeText() + " is not a constructor");
    return false;
  }
  Value target = constructor;
  if (target.object->kind() == ObjKind::Bound) target = static_cast<BoundFunction*>(target.object)->target();
  return ConstructWith(callee_slot, argc, target);
}

bool Vm::ConstructWith(Value* callee_slot, int argc, Value new_target) {
  Value target = callee_slot[0];
  if (target.object->kind() == ObjKind::Bound) target = static_cast<BoundFunction*>(target.object)->target();
  if (target.IsObject() && target.object->kind() == ObjKind::Closure) {
    const FunctionCode* code = static_cast<Closure*>(target.object)->proto()->code();
    if (code->is_arrow || code->is_async || code->is_generator || (code->is_method && !code->is_class_constructor)) {
      ThrowTypeError(CalleeText() + " is not a constructor");
      return false;
    }
    if (code->is_derived) {
      callee_slot[1] = Value::Empty();  // no `this` until its super(...) returns one
    } else {
      Value prototype = Get(new_target, m_names.prototype);
      if (prototype.IsException()) return false;
      JsObject* object = NewObject(prototype.IsObject() ? static_cast<JsObject*>(prototype.object) : m_realm.object_proto);
      callee_slot[1] = Value::Object(object);
    }
    // A constructor's frame keeps new.target, for the super(...) of a derived class.
    return CallValue(callee_slot, argc, kConstruct, new_target);
  }
  const uint32_t depth = m_frame_count;
  if (!CallValue(callee_slot, argc, kConstruct, Value::Undefined())) return false;
  // A built-in made the object (class MyError extends Error): it belongs to the subclass.
  if (m_frame_count == depth && new_target.IsObject() && new_target.object != target.object && m_sp[-1].IsObject()) {
    Value prototype = Get(new_target, m_names.prototype);
    if (prototype.IsException()) return false;
    if (prototype.IsObject()) static_cast<JsObject*>(m_sp[-1].object)->set_proto(static_cast<JsObject*>(prototype.object));
  }
  return true;
}

// [SECTION] Async functions
bool Vm::AwaitValue(Value value) {
  CallFrame& frame = m_frames[m_frame_count - 1];
  const bool in_generator = frame.kind == kAsyncGenerator;
  AsyncFrame* cell = in_generator ? static_cast<GeneratorObject*>(frame.aux.object)->frame
                                  : static_cast<AsyncFrame*>(frame.aux.object);
  *m_sp++ = value;  // rooted while PromiseResolve allocates
  Value promise = PromiseResolve(value);
  if (promise.IsException()) return false;
  --m_sp;
  // Save the activation: callee, this, locals and the operand stack below the awaited value.
  Value* callee_slot = frame.base - 2;
  cell->saved.assign(callee_slot, m_sp);
  cell->ip_offset = static_cast<uint32_t>(frame.ip - frame.closure->proto()->code()->code.data());
  cell->handlers.clear();
  for (size_t i = frame.handler_base; i < m_handlers.size(); ++i) {
    Handler handler = m_handlers[i];
    handler.frame_index = 0;
    cell->handlers.push_back(handler);
  }
  m_handlers.resize(frame.handler_base);
  *m_sp++ = promise;
  PerformPromiseThen(static_cast<JsPromise*>(promise.object), Value::Object(cell), Value::Object(cell), nullptr);
  if (m_observer) m_observer->OnAwaitSuspend(FrameName(frame.closure));
  // (An async generator's body was resumed by next() or a reaction: neither uses a result.)
  Value result = in_generator ? Value::Undefined() : CompleteOuterCall(cell, cell->promise);
  --m_frame_count;
  m_sp = callee_slot;
  *m_sp++ = result;
  return true;
}

bool Vm::ResumeAsync(AsyncFrame* cell, Value value, bool is_throw) {
  Closure* closure = static_cast<Closure*>(cell->closure.object);
  const FunctionCode* code = closure->proto()->code();
  if (m_frame_count >= m_options.max_call_depth ||
      m_sp + cell->saved.size() + code->max_stack + 8 >= m_stack_end) {
    Throw(Value::Object(NewError(m_realm.range_error_proto, "Maximum call stack size exceeded")));
    return false;
  }
  Value* callee_slot = m_sp;
  for (const Value& saved : cell->saved) *m_sp++ = saved;
  const bool in_generator = cell->generator.IsObject();
  PushFrameRecord(closure, code->code.data() + cell->ip_offset, callee_slot + 2, in_generator ? kAsyncGenerator : kAsync,
                  in_generator ? cell->generator : Value::Object(cell));
  for (Handler handler : cell->handlers) {
    handler.frame_index = m_frame_count - 1;
    m_handlers.push_back(handler);
  }
  cell->saved.clear();
  if (m_observer) m_observer->OnAwaitResume(FrameName(closure), code->line);
  if (is_throw) {
    m_exception = value;
    m_has_exception = true;
    RecordThrowSite();
    return Unwind(m_frame_count - 1);
  }
  *m_sp++ = value;
  return true;
}

// [SECTION] Budgets and limits
RunStatus Vm::Terminate(const std::string& message, int exit_code) {
  m_terminating = true;
  m_termination_message = message;
  m_termination_exit_code = exit_code;
  m_exception = Value::Undefined();
  Unwind(0);
  m_sp = m_stack.get();
  m_handlers.clear();
  return RunStatus::Terminated;
}

// Node's words and exit code (SIGABRT) when its heap is exhausted.
void Vm::TerminateOutOfMemory() {
  RequestTermination("FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory\n", 134);
}

std::string Vm::InstructionBudgetMessage() const {
  return "Threadhouse stopped the program: it ran " + std::to_string(m_options.instruction_limit) +
         " instructions without finishing (the instruction budget). Is there an endless loop?\n";
}

void Vm::CountNativeCallFromHost() {
  CutCountdown();  // settles m_instructions
  ++m_instructions;
  if (m_options.instruction_limit && m_instructions >= m_options.instruction_limit && !m_terminating) {
    RequestTermination(InstructionBudgetMessage(), 1);
  }
}

bool Vm::ReserveHeap(size_t bytes) {
  if (m_heap->HasRoom(bytes)) return true;
  TerminateOutOfMemory();
  return false;
}

// Called when the countdown runs out. Returns false when the loop must stop (pause or
// termination); the reason is in m_pause_requested / m_terminating.
bool Vm::CheckSlowPath() {
  constexpr int64_t kChunk = 1 << 16;
  m_instructions += static_cast<uint64_t>(m_chunk);  // the whole chunk ran
  m_chunk = 0;
  m_countdown = 0;
  if (m_terminating) return false;
  if (m_heap->OverLimit()) {
    m_heap->Collect();
    if (m_heap->OverLimit()) {
      TerminateOutOfMemory();
      return false;
    }
  }
  if (m_options.instruction_limit && m_instructions >= m_options.instruction_limit) {
    m_termination_message = InstructionBudgetMessage();
    m_termination_exit_code = 1;
    m_terminating = true;
    return false;
  }
  bool stepping = m_step_target != 0 && m_native_depth == 0;
  if (stepping && m_instructions >= m_step_target) {
    if (!m_stop_at_statement) {
      m_pause_requested = true;
      return false;
    }
    // Run on to the next statement start.
    const CallFrame& frame = m_frames[m_frame_count - 1];
    const FunctionCode* code = frame.closure->proto()->code();
    if (code->IsStatementStart(static_cast<uint32_t>(frame.ip - code->code.data()))) {
      m_pause_requested = true;
      return false;
    }
    m_chunk = m_countdown = 1;
    return true;
  }
  int64_t chunk = kChunk;
  if (m_step_target != 0) {
    // Also inside a nested run (a callback a built-in calls), which cannot pause: its chunk must
    // not carry the countdown past the target, or the outer run would pause late.
    chunk = m_instructions >= m_step_target ? 1 : std::min<int64_t>(chunk, static_cast<int64_t>(m_step_target - m_instructions));
  }
  if (m_options.instruction_limit) {
    chunk = std::min<int64_t>(chunk, static_cast<int64_t>(m_options.instruction_limit - m_instructions));
  }
  if (chunk < 1) chunk = 1;
  m_chunk = m_countdown = chunk;
  return true;
}

}  // namespace th
