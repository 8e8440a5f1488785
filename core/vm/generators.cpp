// Generators (ECMAScript 27.5): a call of a generator function binds its parameters and stops
// at GeneratorStart, handing back a generator object that holds the activation, as an await
// does for an async function (frames.cpp). next(), throw() and return() copy the activation back
// onto the stack and run it on a nested interpreter loop until it yields (Yield saves it again)
// or ends. return() resumes it at the yield's return path, compiled as a `return` there would
// be, so the finally blocks around the yield run (compiler_generators.cpp).
#include <cstring>

#include "vm/builtins.h"
#include "vm/vm.h"

namespace th {

namespace {

// The activation from the callee slot up to the stack top, where the frame stands now.
void SaveActivation(AsyncFrame* cell, Value* callee_slot, Value* top, const uint8_t* ip, const uint8_t* code,
                    const std::vector<Handler>& handlers, size_t handler_base) {
  cell->saved.assign(callee_slot, top);
  cell->ip_offset = static_cast<uint32_t>(ip - code);
  cell->handlers.clear();
  for (size_t i = handler_base; i < handlers.size(); ++i) {
    Handler handler = handlers[i];
    handler.frame_index = 0;
    cell->handlers.push_back(handler);
  }
}

}  // namespace

bool Vm::StartGenerator() {
  Closure* closure = m_frames[m_frame_count - 1].closure;
  // Its prototype: the function's .prototype when that is an object, else %GeneratorPrototype%.
  Value prototype = Get(Value::Object(closure), m_names.prototype);
  if (prototype.IsException()) return false;
  TempRoot keep_prototype(*this, prototype);
  const bool is_async = closure->proto()->code()->is_async;
  JsObject* fallback = is_async ? m_realm.async_generator_proto : m_realm.generator_proto;
  auto* generator = m_heap->New<GeneratorObject>(
      prototype.IsObject() ? static_cast<JsObject*>(prototype.object) : fallback, is_async);
  TempRoot keep_generator(*this, Value::Object(generator));
  AsyncFrame* cell = m_heap->New<AsyncFrame>();
  cell->closure = Value::Object(closure);
  if (is_async) cell->generator = Value::Object(generator);  // its awaits resume it as its frame
  generator->frame = cell;
  const CallFrame& frame = m_frames[m_frame_count - 1];
  SaveActivation(cell, frame.base - 2, m_sp, frame.ip, closure->proto()->code()->code.data(), m_handlers,
                 frame.handler_base);
  return FinishFrameReturn(Value::Object(generator));
}

// [value] has been popped: the generator's frame leaves the stack and the resumer gets `value`.
void Vm::YieldValue(Value value) {
  const CallFrame& frame = m_frames[m_frame_count - 1];
  auto* generator = static_cast<GeneratorObject*>(frame.aux.object);
  Value* callee_slot = frame.base - 2;
  // frame.ip is at Yield's jump operand, which the resumption reads.
  SaveActivation(generator->frame, callee_slot, m_sp, frame.ip, frame.closure->proto()->code()->code.data(),
                 m_handlers, frame.handler_base);
  m_handlers.resize(frame.handler_base);
  generator->state = GeneratorObject::State::SuspendedYield;
  if (m_observer) m_observer->OnGeneratorYield(FrameName(frame.closure));
  --m_frame_count;
  m_sp = callee_slot;
  *m_sp++ = value;
}

// The generator's frame ends, by a return or a throw that leaves it: it is done for good.
void Vm::CompleteGenerator(const CallFrame& frame) {
  auto* generator = static_cast<GeneratorObject*>(frame.aux.object);
  generator->state = GeneratorObject::State::Completed;
  generator->frame = nullptr;
  generator->delegate = Value::Undefined();
}

// yield* [iterable]: its first value is asked for now; while it has more, this generator stays
// suspended at the yield* and ResumeGenerator passes each next/throw/return on to it.
Vm::DelegateResult Vm::StartDelegation() {
  if (!IsIterable(m_sp[-1])) {
    ThrowNotIterable(m_sp[-1]);
    return DelegateResult::Threw;
  }
  Value iterator = MakeIterator(m_sp[-1]);
  if (iterator.IsException()) return DelegateResult::Threw;
  m_sp[-1] = iterator;  // rooted while it runs
  bool done = false;
  Value value = StepDelegate(static_cast<IteratorObject*>(iterator.object), Value::Undefined(), GeneratorResume::Next, &done);
  if (value.IsException()) {
    --m_sp;
    return DelegateResult::Threw;
  }
  if (done) {
    m_sp[-1] = value;  // the value of the yield* expression
    return DelegateResult::Done;
  }
  --m_sp;
  static_cast<GeneratorObject*>(m_frames[m_frame_count - 1].aux.object)->delegate = iterator;
  YieldValue(value);
  return DelegateResult::Yielded;
}

// One step of a yield*'s iterable: a generator is resumed the same way, a user's iterator gets
// the same call (next, return or throw); a built-in iterable has
// no return() (the yield* just ends with the value) and no throw() (a TypeError, as in V8).
Value Vm::StepDelegate(IteratorObject* delegate, Value sent, GeneratorResume how, bool* done) {
  if (delegate->source == IteratorObject::Source::Generator) {
    return ResumeGenerator(static_cast<GeneratorObject*>(delegate->target.object), sent, how, done);
  }
  if (delegate->source == IteratorObject::Source::Protocol) {
    HeapString* name = how == GeneratorResume::Next ? m_names.next : how == GeneratorResume::Return ? m_names.return_ : Intern("throw");
    return CallIteratorMethod(delegate, name, sent, done);
  }
  *done = true;
  switch (how) {
    case GeneratorResume::Next: {
      Value value = IteratorStep(delegate);
      if (value.IsException()) return value;
      *done = value.IsEmpty();
      return *done ? Value::Undefined() : value;
    }
    case GeneratorResume::Return: return sent;
    case GeneratorResume::Throw: return ThrowTypeError("The iterator does not provide a 'throw' method.");
  }
  return Value::Undefined();
}

Value Vm::ResumeGenerator(GeneratorObject* generator, Value sent, GeneratorResume how, bool* done) {
  *done = true;
  using State = GeneratorObject::State;
  if (generator->state == State::Running) return ThrowTypeError("Generator is already running");
  if (generator->state == State::SuspendedStart && how != GeneratorResume::Next) {
    generator->state = State::Completed;  // ended before it began: its body never runs
    generator->frame = nullptr;
  }
  if (generator->state == State::Completed) {
    if (how == GeneratorResume::Throw) return Throw(sent);
    return how == GeneratorResume::Return ? sent : Value::Undefined();
  }
  bool rethrow = false;  // an exception from the yield*'s iterable, thrown on at the yield*
  if (generator->delegate.IsObject()) {
    auto* delegate = static_cast<IteratorObject*>(generator->delegate.object);
    generator->state = State::Running;  // (the delegate may not resume this one meanwhile)
    bool delegate_done = false;
    Value value = StepDelegate(delegate, sent, how, &delegate_done);
    generator->state = State::SuspendedYield;
    if (value.IsException()) {
      generator->delegate = Value::Undefined();
      sent = m_exception;
      m_exception = Value::Undefined();
      m_has_exception = false;
      how = GeneratorResume::Throw;
      rethrow = true;
    } else if (!delegate_done) {
      *done = false;
      return value;  // still in the yield*: this generator stays where it is
    } else {
      // The yield* ends with the iterable's last value; a return() goes on returning.
      generator->delegate = Value::Undefined();
      sent = value;
      if (how == GeneratorResume::Throw) how = GeneratorResume::Next;
    }
  }
  Value result = RunGeneratorActivation(generator, sent, how, rethrow, kGenerator);
  if (result.IsException()) {
    generator->state = State::Completed;
    generator->frame = nullptr;
    m_has_exception = true;
    return result;
  }
  *done = generator->state == State::Completed;
  return result;
}

Value Vm::RunGeneratorActivation(GeneratorObject* generator, Value sent, GeneratorResume how, bool rethrow,
                                 uint8_t frame_kind) {
  using State = GeneratorObject::State;
  AsyncFrame* cell = generator->frame;
  Closure* closure = static_cast<Closure*>(cell->closure.object);
  const FunctionCode* code = closure->proto()->code();
  if (m_native_depth > 200 || m_frame_count >= m_options.max_call_depth ||
      m_sp + cell->saved.size() + code->max_stack + 8 >= m_stack_end) {
    return ThrowRangeError("Maximum call stack size exceeded");
  }
  const bool at_yield = generator->state == State::SuspendedYield;
  const uint8_t* ip = code->code.data() + cell->ip_offset;
  if (at_yield) {
    // Yield's operand: where return() goes, relative to the end of the operand.
    int32_t to_return;
    std::memcpy(&to_return, ip, sizeof to_return);
    ip += sizeof to_return;
    if (how == GeneratorResume::Return) ip += to_return;
  }
  Value* callee_slot = m_sp;
  const uint32_t depth = m_frame_count;
  for (const Value& saved : cell->saved) *m_sp++ = saved;
  cell->saved.clear();
  PushFrameRecord(closure, ip, callee_slot + 2, frame_kind, Value::Object(generator));
  for (Handler handler : cell->handlers) {
    handler.frame_index = m_frame_count - 1;
    m_handlers.push_back(handler);
  }
  cell->handlers.clear();
  generator->state = State::Running;
  if (m_observer) m_observer->OnGeneratorResume(FrameName(closure), code->line);
  if (at_yield && how != GeneratorResume::Throw) *m_sp++ = sent;  // the yield's value
  bool caught = true;
  if (how == GeneratorResume::Throw) {
    // Thrown where the generator stopped: its own try blocks may catch it.
    m_exception = sent;
    m_has_exception = true;
    if (!rethrow) RecordThrowSite();
    caught = Unwind(depth);
  }
  if (!caught) {
    m_sp = callee_slot;
    return Value::Exception();
  }
  if (m_frame_count == depth) {
    // (An async generator's frame took the exception and has ended already.)
    Value result = *callee_slot;
    m_sp = callee_slot;
    return result;
  }
  return RunNested(depth, callee_slot);
}

JsObject* Vm::NewIterResult(Value value, bool done) {
  TempRoot keep(*this, value);
  JsObject* result = NewObject();
  TempRoot keep_result(*this, result);
  DefineOwn(result, m_names.value, value);
  DefineOwn(result, m_names.done, Value::Bool(done));
  return result;
}

namespace detail {

namespace {

Value ResumeFromNative(Vm& vm, Value self, const Value* args, int argc, Vm::GeneratorResume how, const char* name) {
  if (!self.IsObject() || self.object->kind() != ObjKind::Generator) {
    return vm.ThrowTypeError(std::string("Method [Generator].prototype.") + name + " called on incompatible receiver " +
                             Vm::ShownText(self));
  }
  bool done = false;
  Value value = vm.ResumeGenerator(static_cast<GeneratorObject*>(self.object), Arg(args, argc, 0), how, &done);
  if (value.IsException()) return value;
  return Value::Object(vm.NewIterResult(value, done));
}

// (Node's inspect shows them as `Object [Generator] {}`; inspect.cpp.)
Value GeneratorNext(Vm& vm, Value self, Value* args, int argc, NativeFunction*) {
  return ResumeFromNative(vm, self, args, argc, Vm::GeneratorResume::Next, "next");
}
Value GeneratorReturn(Vm& vm, Value self, Value* args, int argc, NativeFunction*) {
  return ResumeFromNative(vm, self, args, argc, Vm::GeneratorResume::Return, "return");
}
Value GeneratorThrow(Vm& vm, Value self, Value* args, int argc, NativeFunction*) {
  return ResumeFromNative(vm, self, args, argc, Vm::GeneratorResume::Throw, "throw");
}

}  // namespace

void InstallGeneratorBuiltins(Vm& vm) {
  JsObject* prototype = vm.realm().generator_proto;
  JsObject* function_prototype = vm.realm().generator_function_proto;
  vm.DefineOwn(function_prototype, vm.names().prototype, Value::Object(prototype), 0);
  vm.DefineOwn(prototype, vm.names().constructor, Value::Object(function_prototype), 0);
  vm.DefineMethod(prototype, "next", GeneratorNext, 1);
  vm.DefineMethod(prototype, "return", GeneratorReturn, 1);
  vm.DefineMethod(prototype, "throw", GeneratorThrow, 1);
}

}  // namespace detail

}  // namespace th
