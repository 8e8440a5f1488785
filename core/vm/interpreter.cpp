// [SECTION] index
//   Frames: pushing, returning, unwinding
//   Calls and construction
//   Async functions: suspend and resume
//   Budgets and limits (the slow path)
//   The dispatch loop
//   Stepping, jobs and uncaught errors
#include <cmath>
#include <cstring>

// The dispatch loop uses computed goto (labels as values) where the compiler offers it: a
// GNU extension that -Wpedantic reports.
#if defined(__GNUC__) || defined(__clang__)
#pragma GCC diagnostic ignored "-Wpedantic"
#endif

#include "lang/diagnostic.h"
#include "vm/number_format.h"
#include "vm/vm.h"

namespace th {

namespace {

uint16_t ReadU16(const uint8_t* p) { return static_cast<uint16_t>(p[0] | (p[1] << 8)); }
int32_t ReadI32(const uint8_t* p) {
  int32_t value;
  std::memcpy(&value, p, 4);
  return value;
}
int32_t ToInt32(double value) {
  if (std::isnan(value) || std::isinf(value)) return 0;
  double truncated = std::trunc(value);
  double modulo = std::fmod(truncated, 4294967296.0);
  if (modulo < 0) modulo += 4294967296.0;
  uint32_t bits = static_cast<uint32_t>(modulo);
  return static_cast<int32_t>(bits);
}
uint32_t ToUint32(double value) { return static_cast<uint32_t>(ToInt32(value)); }

std::string FunctionName(Closure* closure) {
  if (closure->name() && !closure->name()->text().empty()) return closure->name()->text();
  const FunctionCode* code = closure->proto()->code();
  return code->is_program ? "(program)" : code->name.empty() ? "(anonymous)" : code->name;
}

}  // namespace

// [SECTION] Frames
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
  CallFrame& frame = m_frames[m_frame_count++];
  frame.closure = closure;
  frame.ip = code->code.data();
  frame.base = base;
  frame.handler_base = static_cast<uint32_t>(m_handlers.size());
  frame.kind = frame_kind;
  frame.aux = aux;
  if (code->is_async && frame_kind != kConstruct) {
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
  if (m_observer) m_observer->OnCallPush(FunctionName(closure), code->line);
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
    default: break;
  }
  if (m_observer) m_observer->OnCallPop(FunctionName(frame.closure));
  m_handlers.resize(frame.handler_base);
  --m_frame_count;
  m_sp = callee_slot;
  *m_sp++ = result;
  return true;
}

void Vm::RecordThrowSite() {
  if (m_frame_count == 0) return;
  const CallFrame& frame = m_frames[m_frame_count - 1];
  const FunctionCode* code = frame.closure->proto()->code();
  uint32_t offset = static_cast<uint32_t>(frame.ip - code->code.data());
  const PositionEntry* position = code->PositionAt(offset > 0 ? offset - 1 : 0);
  if (!position) return;
  m_throw_site = {code->file, position->line, position->col, "", false};
  m_throw_site_valid = true;
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
    if (!m_terminating && (frame.kind == kAsync || frame.kind == kExecutor || frame.kind == kReaction)) {
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
      } else if (frame.aux.IsObject()) {
        RejectPromise(static_cast<JsPromise*>(frame.aux.object), error);
      }
      if (m_observer) m_observer->OnCallPop(FunctionName(frame.closure));
      Value* callee_slot = frame.base - 2;
      --m_frame_count;
      m_sp = callee_slot;
      *m_sp++ = result;
      return true;
    }
    if (m_observer) m_observer->OnCallPop(FunctionName(frame.closure));
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
        if (frame_kind == kConstruct) {
          const FunctionCode* code = closure->proto()->code();
          if (code->is_arrow || code->is_async) {
            m_sp = callee_slot + 2 + argc;
            ThrowTypeError(CalleeText() + " is not a constructor");
            return false;
          }
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
              ThrowTypeError("Promise resolver " + (executor.IsObject() ? std::string("#<Object>") : std::string(ToString(executor)->text())) +
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
  if (target.IsObject() && target.object->kind() == ObjKind::Closure) {
    const FunctionCode* code = static_cast<Closure*>(target.object)->proto()->code();
    if (code->is_arrow || code->is_async) {
      ThrowTypeError(CalleeText() + " is not a constructor");
      return false;
    }
    Value prototype = Get(target, m_names.prototype);
    if (prototype.IsException()) return false;
    JsObject* object = NewObject(prototype.IsObject() ? static_cast<JsObject*>(prototype.object) : m_realm.object_proto);
    callee_slot[1] = Value::Object(object);
  }
  return CallValue(callee_slot, argc, kConstruct, Value::Undefined());
}

// [SECTION] Async functions
bool Vm::AwaitValue(Value value) {
  CallFrame& frame = m_frames[m_frame_count - 1];
  AsyncFrame* cell = static_cast<AsyncFrame*>(frame.aux.object);
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
  if (m_observer) m_observer->OnAwaitSuspend(FunctionName(frame.closure));
  Value result = CompleteOuterCall(cell, cell->promise);
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
  CallFrame& frame = m_frames[m_frame_count++];
  frame.closure = closure;
  frame.ip = code->code.data() + cell->ip_offset;
  frame.base = callee_slot + 2;
  frame.handler_base = static_cast<uint32_t>(m_handlers.size());
  frame.kind = kAsync;
  frame.aux = Value::Object(cell);
  for (Handler handler : cell->handlers) {
    handler.frame_index = m_frame_count - 1;
    m_handlers.push_back(handler);
  }
  cell->saved.clear();
  if (m_observer) m_observer->OnCallPush(FunctionName(closure), code->line);
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
      m_termination_message = "FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory\n";
      m_termination_exit_code = 134;
      m_terminating = true;
      return false;
    }
  }
  if (m_options.instruction_limit && m_instructions >= m_options.instruction_limit) {
    m_termination_message = "Threadhouse stopped the program: it ran " + std::to_string(m_options.instruction_limit) +
                            " instructions without finishing (the instruction budget). Is there an endless loop?\n";
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
  if (stepping) chunk = std::min<int64_t>(chunk, static_cast<int64_t>(m_step_target - m_instructions));
  if (m_options.instruction_limit) {
    chunk = std::min<int64_t>(chunk, static_cast<int64_t>(m_options.instruction_limit - m_instructions));
  }
  if (m_observer) chunk = 1;  // observe every instruction while a recorder is attached
  if (chunk < 1) chunk = 1;
  m_chunk = m_countdown = chunk;
  return true;
}

// [SECTION] The dispatch loop
RunStatus Vm::Run(uint32_t stop_depth) {
  if (m_frame_count <= stop_depth) return RunStatus::Done;
  CallFrame* frame;
  const uint8_t* ip;
  Value* base;
  Value* consts;
  const FunctionCode* code;

#define TH_LOAD_FRAME()                               \
  do {                                                \
    frame = &m_frames[m_frame_count - 1];             \
    ip = frame->ip;                                   \
    base = frame->base;                               \
    consts = frame->closure->proto()->constants().data(); \
    code = frame->closure->proto()->code();           \
  } while (0)

  TH_LOAD_FRAME();

#if defined(__GNUC__) || defined(__clang__)
#define TH_COMPUTED_GOTO 1
  static void* const kDispatch[] = {
#define TH_OP_LABEL(name, format, effect) &&op_##name,
      TH_OPCODE_LIST(TH_OP_LABEL)
#undef TH_OP_LABEL
  };
#define TH_CASE(name) op_##name:
#define TH_NEXT()                                        \
  do {                                                   \
    if (--m_countdown < 0) goto slow_path;               \
    frame->ip = ip + 1;                                  \
    goto* kDispatch[*ip++];                              \
  } while (0)
#else
#define TH_CASE(name) case Op::name:
#define TH_NEXT() goto next
#endif

#define PUSH(v) (*m_sp++ = (v))
#define POP() (*--m_sp)
#define PEEK(n) (m_sp[-1 - (n)])
#define THROW() goto throw_exception
#define SYNC() (frame->ip = ip)

  TH_NEXT();

#if !defined(TH_COMPUTED_GOTO)
next:
  if (--m_countdown < 0) goto slow_path;
  frame->ip = ip + 1;
  switch (static_cast<Op>(*ip++)) {
#endif

  TH_CASE(Undefined) { PUSH(Value::Undefined()); TH_NEXT(); }
  TH_CASE(Null) { PUSH(Value::Null()); TH_NEXT(); }
  TH_CASE(True) { PUSH(Value::Bool(true)); TH_NEXT(); }
  TH_CASE(False) { PUSH(Value::Bool(false)); TH_NEXT(); }
  TH_CASE(Const) {
    PUSH(consts[ReadU16(ip)]);
    ip += 2;
    TH_NEXT();
  }
  TH_CASE(Closure) {
    uint16_t index = ReadU16(ip);
    ip += 2;
    SYNC();
    FunctionProto* proto = frame->closure->proto()->children()[index];
    Closure* closure = m_heap->New<Closure>(m_realm.function_proto, proto);
    const FunctionCode* child = proto->code();
    auto& upvalues = closure->upvalues();
    upvalues.reserve(child->captures.size());
    for (const CaptureSource& source : child->captures) {
      upvalues.push_back(source.from_local ? base[source.index].object : frame->closure->upvalues()[source.index]);
    }
    PUSH(Value::Object(closure));
    TH_NEXT();
  }
  TH_CASE(This) { PUSH(base[-1]); TH_NEXT(); }
  TH_CASE(Callee) { PUSH(base[-2]); TH_NEXT(); }
  TH_CASE(Pop) { --m_sp; TH_NEXT(); }
  TH_CASE(Dup) { *m_sp = m_sp[-1]; ++m_sp; TH_NEXT(); }
  TH_CASE(Dup2) {
    m_sp[0] = m_sp[-2];
    m_sp[1] = m_sp[-1];
    m_sp += 2;
    TH_NEXT();
  }
  TH_CASE(Swap) { std::swap(m_sp[-1], m_sp[-2]); TH_NEXT(); }
  TH_CASE(Rot3) {
    Value a = m_sp[-3];
    m_sp[-3] = m_sp[-2];
    m_sp[-2] = m_sp[-1];
    m_sp[-1] = a;
    TH_NEXT();
  }
  TH_CASE(GetLocal) { PUSH(base[ReadU16(ip)]); ip += 2; TH_NEXT(); }
  TH_CASE(SetLocal) { base[ReadU16(ip)] = m_sp[-1]; ip += 2; TH_NEXT(); }
  TH_CASE(StoreLocal) { base[ReadU16(ip)] = POP(); ip += 2; TH_NEXT(); }
  TH_CASE(GetLocalTdz) {
    Value value = base[ReadU16(ip)];
    if (value.IsEmpty()) {
      ThrowReferenceError("Cannot access '" + consts[ReadU16(ip + 2)].AsString()->text() + "' before initialization");
      THROW();
    }
    ip += 4;
    PUSH(value);
    TH_NEXT();
  }
  TH_CASE(CheckLocalTdz) {
    if (base[ReadU16(ip)].IsEmpty()) {
      ThrowReferenceError("Cannot access '" + consts[ReadU16(ip + 2)].AsString()->text() + "' before initialization");
      THROW();
    }
    ip += 4;
    TH_NEXT();
  }
  TH_CASE(InitTdz) { base[ReadU16(ip)] = Value::Empty(); ip += 2; TH_NEXT(); }
  TH_CASE(NewBox) {
    Box* box = m_heap->New<Box>(Value::Empty());
    base[ReadU16(ip)] = Value::Object(box);
    ip += 2;
    TH_NEXT();
  }
  TH_CASE(BoxLocal) {
    uint16_t slot = ReadU16(ip);
    Box* box = m_heap->New<Box>(base[slot]);
    base[slot] = Value::Object(box);
    ip += 2;
    TH_NEXT();
  }
  TH_CASE(CopyBox) {
    uint16_t slot = ReadU16(ip);
    Box* box = m_heap->New<Box>(static_cast<Box*>(base[slot].object)->value);
    base[slot] = Value::Object(box);
    ip += 2;
    TH_NEXT();
  }
  TH_CASE(GetBox) { PUSH(static_cast<Box*>(base[ReadU16(ip)].object)->value); ip += 2; TH_NEXT(); }
  TH_CASE(GetBoxTdz) {
    Value value = static_cast<Box*>(base[ReadU16(ip)].object)->value;
    if (value.IsEmpty()) {
      ThrowReferenceError("Cannot access '" + consts[ReadU16(ip + 2)].AsString()->text() + "' before initialization");
      THROW();
    }
    ip += 4;
    PUSH(value);
    TH_NEXT();
  }
  TH_CASE(SetBox) { static_cast<Box*>(base[ReadU16(ip)].object)->value = m_sp[-1]; ip += 2; TH_NEXT(); }
  TH_CASE(StoreBox) { static_cast<Box*>(base[ReadU16(ip)].object)->value = POP(); ip += 2; TH_NEXT(); }
  TH_CASE(CheckBoxTdz) {
    if (static_cast<Box*>(base[ReadU16(ip)].object)->value.IsEmpty()) {
      ThrowReferenceError("Cannot access '" + consts[ReadU16(ip + 2)].AsString()->text() + "' before initialization");
      THROW();
    }
    ip += 4;
    TH_NEXT();
  }
  TH_CASE(GetUpval) {
    PUSH(static_cast<Box*>(frame->closure->upvalues()[ReadU16(ip)])->value);
    ip += 2;
    TH_NEXT();
  }
  TH_CASE(GetUpvalTdz) {
    Value value = static_cast<Box*>(frame->closure->upvalues()[ReadU16(ip)])->value;
    if (value.IsEmpty()) {
      ThrowReferenceError("Cannot access '" + consts[ReadU16(ip + 2)].AsString()->text() + "' before initialization");
      THROW();
    }
    ip += 4;
    PUSH(value);
    TH_NEXT();
  }
  TH_CASE(SetUpval) {
    static_cast<Box*>(frame->closure->upvalues()[ReadU16(ip)])->value = m_sp[-1];
    ip += 2;
    TH_NEXT();
  }
  TH_CASE(CheckUpvalTdz) {
    if (static_cast<Box*>(frame->closure->upvalues()[ReadU16(ip)])->value.IsEmpty()) {
      ThrowReferenceError("Cannot access '" + consts[ReadU16(ip + 2)].AsString()->text() + "' before initialization");
      THROW();
    }
    ip += 4;
    TH_NEXT();
  }
  TH_CASE(GetGlobal) {
    HeapString* name = consts[ReadU16(ip)].AsString();
    ip += 2;
    SYNC();
    if (Property* property = m_realm.global->props().Find(name)) {
      PUSH(property->value);
      TH_NEXT();
    }
    Value hosted = m_host->HostGlobal(*this, name->text());
    if (!hosted.IsEmpty()) {
      if (hosted.IsException()) THROW();
      PUSH(hosted);
      TH_NEXT();
    }
    static const char* const kHostNames[] = {"process", "setTimeout", "setInterval", "setImmediate", "clearTimeout",
                                             "clearInterval", "clearImmediate", "Worker", "structuredClone",
                                             "SharedArrayBuffer", "Atomics", "fetch", "Buffer"};
    for (const char* host_name : kHostNames) {
      if (name->text() == host_name) {
        ThrowError(name->text() + " is not available in Threadhouse yet");
        THROW();
      }
    }
    ThrowReferenceError(name->text() + " is not defined");
    THROW();
  }
  TH_CASE(TypeofGlobal) {
    HeapString* name = consts[ReadU16(ip)].AsString();
    ip += 2;
    SYNC();
    Property* property = m_realm.global->props().Find(name);
    if (property) {
      PUSH(property->value);
    } else {
      Value hosted = m_host->HostGlobal(*this, name->text());
      PUSH(hosted.IsEmpty() || hosted.IsException() ? Value::Undefined() : hosted);
    }
    TH_NEXT();
  }
  TH_CASE(SetGlobal) {
    HeapString* name = consts[ReadU16(ip)].AsString();
    ip += 2;
    SYNC();
    if (!Set(Value::Object(m_realm.global), name, m_sp[-1])) THROW();
    TH_NEXT();
  }
  TH_CASE(ConstAssign) {
    ip += 2;
    ThrowTypeError("Assignment to constant variable.");
    THROW();
  }
  TH_CASE(GetProp) {
    HeapString* name = consts[ReadU16(ip)].AsString();
    ip += 2;
    Value object = m_sp[-1];
    if (object.IsObject() && object.object->kind() == ObjKind::Object) {
      // Fast path: own or inherited data property of an ordinary object.
      JsObject* o = static_cast<JsObject*>(object.object);
      Property* property = o->props().Find(name);
      if (property) {
        m_sp[-1] = property->value;
        TH_NEXT();
      }
    }
    Value result = Get(object, name);
    if (result.IsException()) THROW();
    m_sp[-1] = result;
    TH_NEXT();
  }
  TH_CASE(SetProp) {
    HeapString* name = consts[ReadU16(ip)].AsString();
    ip += 2;
    Value object = m_sp[-2];
    Value value = m_sp[-1];
    if (object.IsObject() && object.object->kind() == ObjKind::Object) {
      JsObject* o = static_cast<JsObject*>(object.object);
      Property* property = o->props().Find(name);
      if (property && (property->flags & kWritable) && !o->frozen()) {
        property->value = value;
        m_sp[-2] = value;
        --m_sp;
        TH_NEXT();
      }
    }
    if (!Set(object, name, value)) THROW();
    m_sp[-2] = value;
    --m_sp;
    TH_NEXT();
  }
  TH_CASE(GetElem) {
    Value result = GetElement(m_sp[-2], m_sp[-1]);
    if (result.IsException()) THROW();
    m_sp[-2] = result;
    --m_sp;
    TH_NEXT();
  }
  TH_CASE(SetElem) {
    Value value = m_sp[-1];
    if (!SetElement(m_sp[-3], m_sp[-2], value)) THROW();
    m_sp[-3] = value;
    m_sp -= 2;
    TH_NEXT();
  }
  TH_CASE(GetMethod) {
    HeapString* name = consts[ReadU16(ip)].AsString();
    ip += 2;
    Value object = m_sp[-1];
    Value result = Get(object, name);
    if (result.IsException()) THROW();
    m_sp[-1] = result;
    PUSH(object);
    TH_NEXT();
  }
  TH_CASE(GetMethodElem) {
    Value object = m_sp[-2];
    Value result = GetElement(object, m_sp[-1]);
    if (result.IsException()) THROW();
    m_sp[-2] = result;
    m_sp[-1] = object;
    TH_NEXT();
  }
  TH_CASE(DeleteProp) {
    HeapString* name = consts[ReadU16(ip)].AsString();
    ip += 2;
    if (m_sp[-1].IsNullish()) {
      ThrowTypeError("Cannot convert undefined or null to object");
      THROW();
    }
    m_sp[-1] = Value::Bool(DeleteProperty(m_sp[-1], name));
    TH_NEXT();
  }
  TH_CASE(DeleteElem) {
    HeapString* key = ToPropertyKey(m_sp[-1]);
    if (!key) THROW();
    m_sp[-2] = Value::Bool(DeleteProperty(m_sp[-2], key));
    --m_sp;
    TH_NEXT();
  }

#define TH_NUMERIC_BINARY(name, expression)                      \
  TH_CASE(name) {                                                \
    Value b = m_sp[-1], a = m_sp[-2];                            \
    double x, y;                                                 \
    if (a.IsNumber() && b.IsNumber()) {                          \
      x = a.number;                                              \
      y = b.number;                                              \
    } else {                                                     \
      if (!ToNumber(a, &x)) THROW();                             \
      if (!ToNumber(m_sp[-1], &y)) THROW();                      \
    }                                                            \
    m_sp[-2] = Value::Number(expression);                        \
    --m_sp;                                                      \
    TH_NEXT();                                                   \
  }

  TH_CASE(Add) {
    Value b = m_sp[-1], a = m_sp[-2];
    if (a.IsNumber() && b.IsNumber()) {
      m_sp[-2] = Value::Number(a.number + b.number);
      --m_sp;
      TH_NEXT();
    }
    if (a.IsObject()) {
      a = ToPrimitive(a, false);
      if (a.IsException()) THROW();
      m_sp[-2] = a;
    }
    if (b.IsObject()) {
      b = ToPrimitive(b, false);
      if (b.IsException()) THROW();
      m_sp[-1] = b;
    }
    if (a.IsString() || b.IsString()) {
      HeapString* left = ToString(a);
      if (!left) THROW();
      m_sp[-2] = Value::String(left);
      HeapString* right = ToString(b);
      if (!right) THROW();
      m_sp[-1] = Value::String(right);
      size_t total = left->text().size() + right->text().size();
      if (total > (1u << 29)) {
        ThrowRangeError("Invalid string length");
        THROW();
      }
      std::string joined;
      joined.reserve(total);
      joined += left->text();
      joined += right->text();
      m_heap->NoteGrowth(total);
      HeapString* result = NewString(std::move(joined));
      m_sp[-2] = Value::String(result);
      --m_sp;
      TH_NEXT();
    }
    m_sp[-2] = Value::Number(ToNumberPrimitive(a) + ToNumberPrimitive(b));
    --m_sp;
    TH_NEXT();
  }
  TH_NUMERIC_BINARY(Sub, x - y)
  TH_NUMERIC_BINARY(Mul, x * y)
  TH_NUMERIC_BINARY(Div, x / y)
  TH_NUMERIC_BINARY(Mod, std::fmod(x, y))
  TH_NUMERIC_BINARY(Pow, (std::isnan(y) || ((x == 1 || x == -1) && std::isinf(y))) ? std::nan("") : std::pow(x, y))
  TH_NUMERIC_BINARY(BitAnd, static_cast<double>(ToInt32(x) & ToInt32(y)))
  TH_NUMERIC_BINARY(BitOr, static_cast<double>(ToInt32(x) | ToInt32(y)))
  TH_NUMERIC_BINARY(BitXor, static_cast<double>(ToInt32(x) ^ ToInt32(y)))
  TH_NUMERIC_BINARY(Shl, static_cast<double>(static_cast<int32_t>(ToUint32(x) << (ToUint32(y) & 31))))
  TH_NUMERIC_BINARY(Shr, static_cast<double>(ToInt32(x) >> (ToUint32(y) & 31)))
  TH_NUMERIC_BINARY(UShr, static_cast<double>(ToUint32(x) >> (ToUint32(y) & 31)))
#undef TH_NUMERIC_BINARY

  TH_CASE(Eq) {
    bool ok;
    bool equal = LooseEquals(m_sp[-2], m_sp[-1], &ok);
    if (!ok) THROW();
    m_sp[-2] = Value::Bool(equal);
    --m_sp;
    TH_NEXT();
  }
  TH_CASE(Ne) {
    bool ok;
    bool equal = LooseEquals(m_sp[-2], m_sp[-1], &ok);
    if (!ok) THROW();
    m_sp[-2] = Value::Bool(!equal);
    --m_sp;
    TH_NEXT();
  }
  TH_CASE(StrictEq) {
    m_sp[-2] = Value::Bool(StrictEquals(m_sp[-2], m_sp[-1]));
    --m_sp;
    TH_NEXT();
  }
  TH_CASE(StrictNe) {
    m_sp[-2] = Value::Bool(!StrictEquals(m_sp[-2], m_sp[-1]));
    --m_sp;
    TH_NEXT();
  }

#define TH_COMPARE(name, op, swap_args, negate_undefined)                                  \
  TH_CASE(name) {                                                                          \
    Value a = m_sp[-2], b = m_sp[-1];                                                      \
    if (a.IsNumber() && b.IsNumber()) {                                                    \
      m_sp[-2] = Value::Bool(a.number op b.number);                                        \
      --m_sp;                                                                              \
      TH_NEXT();                                                                           \
    }                                                                                      \
    if (a.IsObject()) {                                                                    \
      a = ToPrimitive(a, false);                                                           \
      if (a.IsException()) THROW();                                                        \
      m_sp[-2] = a;                                                                        \
    }                                                                                      \
    if (b.IsObject()) {                                                                    \
      b = ToPrimitive(b, false);                                                           \
      if (b.IsException()) THROW();                                                        \
      m_sp[-1] = b;                                                                        \
    }                                                                                      \
    bool result;                                                                           \
    if (a.IsString() && b.IsString()) {                                                   \
      result = a.AsString()->text() op b.AsString()->text();                               \
    } else {                                                                               \
      double x = ToNumberPrimitive(a), y = ToNumberPrimitive(b);                           \
      result = (std::isnan(x) || std::isnan(y)) ? false : (x op y);                        \
    }                                                                                      \
    m_sp[-2] = Value::Bool(result);                                                        \
    --m_sp;                                                                                \
    TH_NEXT();                                                                             \
  }
  TH_COMPARE(Lt, <, false, false)
  TH_COMPARE(Le, <=, false, false)
  TH_COMPARE(Gt, >, false, false)
  TH_COMPARE(Ge, >=, false, false)
#undef TH_COMPARE

  TH_CASE(In) {
    Value object = m_sp[-1];
    if (!object.IsObject()) {
      HeapString* key_text = ToString(m_sp[-2]);
      if (!key_text) THROW();
      ThrowTypeError("Cannot use 'in' operator to search for '" + key_text->text() + "' in " +
                     (object.IsString() ? object.AsString()->text() : ToString(object)->text()));
      THROW();
    }
    HeapString* key = ToPropertyKey(m_sp[-2]);
    if (!key) THROW();
    bool found = HasProperty(object, key);
    if (!found && object.object->kind() == ObjKind::Closure) {
      found = key == m_names.name || key == m_names.length || key == m_names.prototype;
    }
    m_sp[-2] = Value::Bool(found);
    --m_sp;
    TH_NEXT();
  }
  TH_CASE(InstanceOf) {
    Value object = m_sp[-2];
    Value constructor = m_sp[-1];
    if (!IsCallable(constructor)) {
      ThrowTypeError("Right-hand side of 'instanceof' is not callable");
      THROW();
    }
    Value prototype = Get(constructor, m_names.prototype);
    if (prototype.IsException()) THROW();
    bool result = false;
    if (object.IsObject() && prototype.IsObject()) {
      for (JsObject* p = static_cast<JsObject*>(object.object)->proto(); p; p = p->proto()) {
        if (p == prototype.object) {
          result = true;
          break;
        }
      }
    }
    m_sp[-2] = Value::Bool(result);
    --m_sp;
    TH_NEXT();
  }
  TH_CASE(Neg) {
    double x;
    if (!ToNumber(m_sp[-1], &x)) THROW();
    m_sp[-1] = Value::Number(-x);
    TH_NEXT();
  }
  TH_CASE(ToNumber) {
    if (!m_sp[-1].IsNumber()) {
      double x;
      if (!ToNumber(m_sp[-1], &x)) THROW();
      m_sp[-1] = Value::Number(x);
    }
    TH_NEXT();
  }
  TH_CASE(Not) { m_sp[-1] = Value::Bool(!ToBoolean(m_sp[-1])); TH_NEXT(); }
  TH_CASE(BitNot) {
    double x;
    if (!ToNumber(m_sp[-1], &x)) THROW();
    m_sp[-1] = Value::Number(static_cast<double>(~ToInt32(x)));
    TH_NEXT();
  }
  TH_CASE(Typeof) { m_sp[-1] = Value::String(TypeOf(m_sp[-1])); TH_NEXT(); }
  TH_CASE(Inc) { m_sp[-1] = Value::Number(m_sp[-1].number + 1); TH_NEXT(); }
  TH_CASE(Dec) { m_sp[-1] = Value::Number(m_sp[-1].number - 1); TH_NEXT(); }
  TH_CASE(ToString) {
    if (!m_sp[-1].IsString()) {
      HeapString* text = ToString(m_sp[-1]);
      if (!text) THROW();
      m_sp[-1] = Value::String(text);
    }
    TH_NEXT();
  }
  TH_CASE(Jump) {
    ip += 4 + ReadI32(ip);
    TH_NEXT();
  }
  TH_CASE(JumpIfFalse) {
    Value condition = POP();
    bool truthy = condition.IsBool() ? condition.boolean : ToBoolean(condition);
    ip += truthy ? 4 : 4 + ReadI32(ip);
    TH_NEXT();
  }
  TH_CASE(JumpIfTrue) {
    Value condition = POP();
    bool truthy = condition.IsBool() ? condition.boolean : ToBoolean(condition);
    ip += truthy ? 4 + ReadI32(ip) : 4;
    TH_NEXT();
  }
  TH_CASE(AndJump) {
    if (!ToBoolean(m_sp[-1])) {
      ip += 4 + ReadI32(ip);
    } else {
      --m_sp;
      ip += 4;
    }
    TH_NEXT();
  }
  TH_CASE(OrJump) {
    if (ToBoolean(m_sp[-1])) {
      ip += 4 + ReadI32(ip);
    } else {
      --m_sp;
      ip += 4;
    }
    TH_NEXT();
  }
  TH_CASE(NullishJump) {
    if (!m_sp[-1].IsNullish()) {
      ip += 4 + ReadI32(ip);
    } else {
      --m_sp;
      ip += 4;
    }
    TH_NEXT();
  }
  TH_CASE(OptionalJump) {
    uint8_t extra = ip[0];
    if (m_sp[-1].IsNullish()) {
      m_sp -= 1 + extra;
      PUSH(Value::Undefined());
      ip += 5 + ReadI32(ip + 1);
    } else {
      ip += 5;
    }
    TH_NEXT();
  }
  TH_CASE(JumpIfNotStrictEq) {
    Value c = POP();
    ip += StrictEquals(m_sp[-1], c) ? 4 : 4 + ReadI32(ip);
    TH_NEXT();
  }
  TH_CASE(Call) {
    int argc = *ip++;
    SYNC();
    Value* callee_slot = m_sp - argc - 2;
    uint32_t depth = m_frame_count;
    if (!CallValue(callee_slot, argc, kNormal, Value::Undefined())) THROW();
    if (m_frame_count != depth) TH_LOAD_FRAME();
    TH_NEXT();
  }
  TH_CASE(CallSpread) {
    SYNC();
    Value list = POP();
    Value* callee_slot = m_sp - 2;
    auto& items = static_cast<JsArray*>(list.object)->items();
    if (m_sp + items.size() + 8 >= m_stack_end) {
      ThrowRangeError("Maximum call stack size exceeded");
      THROW();
    }
    for (const Value& item : items) PUSH(item.IsEmpty() ? Value::Undefined() : item);
    uint32_t depth = m_frame_count;
    if (!CallValue(callee_slot, static_cast<int>(items.size()), kNormal, Value::Undefined())) THROW();
    if (m_frame_count != depth) TH_LOAD_FRAME();
    TH_NEXT();
  }
  TH_CASE(New) {
    int argc = *ip++;
    SYNC();
    uint32_t depth = m_frame_count;
    if (!ConstructFromStack(argc)) THROW();
    if (m_frame_count != depth) TH_LOAD_FRAME();
    TH_NEXT();
  }
  TH_CASE(NewSpread) {
    SYNC();
    Value list = POP();
    auto& items = static_cast<JsArray*>(list.object)->items();
    if (m_sp + items.size() + 8 >= m_stack_end) {
      ThrowRangeError("Maximum call stack size exceeded");
      THROW();
    }
    for (const Value& item : items) PUSH(item.IsEmpty() ? Value::Undefined() : item);
    uint32_t depth = m_frame_count;
    if (!ConstructFromStack(static_cast<int>(items.size()))) THROW();
    if (m_frame_count != depth) TH_LOAD_FRAME();
    TH_NEXT();
  }
  TH_CASE(Return) {
    Value result = POP();
    SYNC();
    FinishFrameReturn(result);
    if (m_frame_count <= stop_depth) return RunStatus::Done;
    TH_LOAD_FRAME();
    TH_NEXT();
  }
  TH_CASE(Await) {
    SYNC();
    Value value = POP();
    if (!AwaitValue(value)) THROW();
    if (m_frame_count <= stop_depth) return RunStatus::Done;
    TH_LOAD_FRAME();
    TH_NEXT();
  }
  TH_CASE(Throw) {
    m_exception = POP();
    m_has_exception = true;
    RecordThrowSite();
    THROW();
  }
  TH_CASE(Rethrow) {
    m_exception = POP();
    m_has_exception = true;
    m_throw_site_valid = true;  // still the site of the original throw
    THROW();
  }
  TH_CASE(PushHandler) {
    uint32_t target = static_cast<uint32_t>((ip + 4 + ReadI32(ip)) - code->code.data());
    ip += 4;
    m_handlers.push_back({m_frame_count - 1, target, static_cast<uint32_t>(m_sp - base)});
    TH_NEXT();
  }
  TH_CASE(PopHandler) {
    m_handlers.pop_back();
    TH_NEXT();
  }
  TH_CASE(NewObject) { PUSH(Value::Object(NewObject())); TH_NEXT(); }
  TH_CASE(NewArray) { PUSH(Value::Object(NewArray())); TH_NEXT(); }
  TH_CASE(ArrayPush) {
    Value value = POP();
    m_heap->NoteGrowth(sizeof(Value));
    static_cast<JsArray*>(m_sp[-1].object)->items().push_back(value);
    TH_NEXT();
  }
  TH_CASE(ArrayHole) {
    static_cast<JsArray*>(m_sp[-1].object)->items().push_back(Value::Empty());
    TH_NEXT();
  }
  TH_CASE(ArraySpread) {
    SYNC();
    Value source = m_sp[-1];
    JsArray* target = static_cast<JsArray*>(m_sp[-2].object);
    if (IsArray(source)) {
      for (const Value& item : static_cast<JsArray*>(source.object)->items()) {
        target->items().push_back(item.IsEmpty() ? Value::Undefined() : item);
      }
    } else {
      // Any other iterable: walk it with the iterator opcodes' helper.
      Value iterator = MakeIterator(source);
      if (iterator.IsException()) THROW();
      m_sp[-1] = iterator;
      IteratorObject* it = static_cast<IteratorObject*>(iterator.object);
      while (true) {
        Value next = IteratorStep(it);
        if (next.IsEmpty()) break;
        if (next.IsException()) THROW();
        target->items().push_back(next);
      }
    }
    m_heap->NoteGrowth(target->items().size() * sizeof(Value));
    --m_sp;
    TH_NEXT();
  }
  TH_CASE(DefineProp) {
    HeapString* name = consts[ReadU16(ip)].AsString();
    ip += 2;
    Value value = POP();
    DefineOwn(static_cast<JsObject*>(m_sp[-1].object), name, value);
    TH_NEXT();
  }
  TH_CASE(DefineElem) {
    SYNC();
    HeapString* key = ToPropertyKey(m_sp[-2]);
    if (!key) THROW();
    DefineOwn(static_cast<JsObject*>(m_sp[-3].object), key, m_sp[-1]);
    m_sp -= 2;
    TH_NEXT();
  }
  TH_CASE(ObjectSpread) {
    SYNC();
    // The source stays on the stack (rooted) until its properties are copied.
    Value source = m_sp[-1];
    JsObject* target = static_cast<JsObject*>(m_sp[-2].object);
    if (source.IsObject()) {
      JsObject* from = static_cast<JsObject*>(source.object);
      for (HeapString* key : OwnKeys(from)) {
        Value value = Get(source, key);
        if (value.IsException()) THROW();
        DefineOwn(target, key, value);
      }
    } else if (source.IsString()) {
      HeapString* text = source.AsString();
      for (size_t i = 0; i < text->Length(); ++i) {
        Value ch = GetElement(source, Value::Number(static_cast<double>(i)));
        PUSH(ch);
        DefineOwn(target, IndexKey(i), ch);
        --m_sp;
      }
    }
    --m_sp;
    TH_NEXT();
  }
  TH_CASE(SetFunctionName) {
    Value function = m_sp[-1];
    if (function.IsObject() && function.object->kind() == ObjKind::Closure) {
      HeapString* key = ToPropertyKey(m_sp[-2]);
      if (!key) THROW();
      static_cast<Closure*>(function.object)->set_name(key);
    }
    TH_NEXT();
  }
  TH_CASE(IterInit) {
    SYNC();
    Value iterator = MakeIterator(m_sp[-1]);
    if (iterator.IsException()) THROW();
    m_sp[-1] = iterator;
    TH_NEXT();
  }
  TH_CASE(IterNext) {
    IteratorObject* it = static_cast<IteratorObject*>(m_sp[-1].object);
    Value next = IteratorStep(it);
    if (next.IsException()) THROW();
    if (next.IsEmpty()) {
      ip += 4 + ReadI32(ip);
    } else {
      ip += 4;
      PUSH(next);
    }
    TH_NEXT();
  }
  TH_CASE(IterValue) {
    IteratorObject* it = static_cast<IteratorObject*>(m_sp[-1].object);
    Value next = IteratorStep(it);
    if (next.IsException()) THROW();
    PUSH(next.IsEmpty() ? Value::Undefined() : next);
    TH_NEXT();
  }
  TH_CASE(IterRest) {
    SYNC();
    JsArray* rest = NewArray();
    PUSH(Value::Object(rest));
    IteratorObject* it = static_cast<IteratorObject*>(m_sp[-2].object);
    while (true) {
      Value next = IteratorStep(it);
      if (next.IsEmpty()) break;
      if (next.IsException()) THROW();
      rest->items().push_back(next);
    }
    TH_NEXT();
  }
  TH_CASE(ForInInit) {
    SYNC();
    Value object = m_sp[-1];
    JsArray* keys = NewArray();
    PUSH(Value::Object(keys));
    if (object.IsObject()) {
      std::vector<HeapString*> seen;
      for (JsObject* o = static_cast<JsObject*>(object.object); o; o = o->proto()) {
        for (HeapString* key : OwnKeys(o)) {
          if (std::find(seen.begin(), seen.end(), key) != seen.end()) continue;
          seen.push_back(key);
          keys->items().push_back(Value::String(key));
        }
      }
    } else if (object.IsString()) {
      for (size_t i = 0; i < object.AsString()->Length(); ++i) keys->items().push_back(Value::String(IndexKey(i)));
    }
    IteratorObject* it = m_heap->New<IteratorObject>(m_realm.iterator_proto, IteratorObject::Source::Keys, Value::Object(keys));
    m_sp[-2] = Value::Object(it);
    --m_sp;
    TH_NEXT();
  }
  TH_CASE(RequireObject) {
    HeapString* first = consts[ReadU16(ip)].AsString();
    ip += 2;
    if (m_sp[-1].IsNullish()) {
      std::string what = m_sp[-1].IsNull() ? "null" : "undefined";
      if (first->text().empty()) {
        ThrowTypeError("Cannot destructure '" + what + "' as it is " + what + ".");
      } else {
        ThrowTypeError("Cannot destructure property '" + first->text() + "' of '" + what + "' as it is " + what + ".");
      }
      THROW();
    }
    TH_NEXT();
  }
  TH_CASE(ObjectRest) {
    SYNC();
    Value excluded = m_sp[-1];
    Value source = m_sp[-2];
    JsObject* copy = NewObject();
    PUSH(Value::Object(copy));
    if (source.IsObject()) {
      auto& skip = static_cast<JsArray*>(excluded.object)->items();
      for (HeapString* key : OwnKeys(static_cast<JsObject*>(source.object))) {
        bool skipped = false;
        for (const Value& s : skip) {
          if (s.IsString() && s.AsString()->text() == key->text()) skipped = true;
        }
        if (skipped) continue;
        Value value = Get(source, key);
        if (value.IsException()) THROW();
        DefineOwn(copy, key, value);
      }
    }
    m_sp[-3] = Value::Object(copy);
    m_sp -= 2;
    TH_NEXT();
  }
  TH_CASE(Nop) { TH_NEXT(); }

#if !defined(TH_COMPUTED_GOTO)
  }
#endif

slow_path:
  // The countdown ran out before the instruction at `ip` executed.
  frame->ip = ip;
  m_countdown = 0;
  if (!CheckSlowPath()) {
    if (m_terminating) {
      std::string message = m_termination_message;
      int exit_code = m_termination_exit_code;
      m_terminating = false;
      Terminate(message, exit_code);
      m_terminating = m_native_depth > 0;
      return RunStatus::Terminated;
    }
    m_pause_requested = false;
    return RunStatus::Paused;
  }
  if (m_observer) {
    const PositionEntry* position = code->PositionAt(static_cast<uint32_t>(ip - code->code.data()));
    if (position && position->statement && position->offset == static_cast<uint32_t>(ip - code->code.data())) {
      m_observer->OnLine(code->file, position->line, position->col);
    }
  }
  --m_countdown;
  frame->ip = ip + 1;
#if defined(TH_COMPUTED_GOTO)
  goto* kDispatch[*ip++];
#else
  goto next;
#endif

throw_exception:
  SYNC();
  if (m_frame_count > 0 && !m_throw_site_valid) RecordThrowSite();
  if (!Unwind(stop_depth)) return m_terminating ? RunStatus::Terminated : RunStatus::Threw;
  if (m_frame_count <= stop_depth) return RunStatus::Done;
  TH_LOAD_FRAME();
  TH_NEXT();

#undef PUSH
#undef POP
#undef PEEK
#undef THROW
#undef SYNC
#undef TH_NEXT
#undef TH_CASE
#undef TH_LOAD_FRAME
}

}  // namespace th
