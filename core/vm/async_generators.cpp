// Async generators (ECMAScript 27.6). A call of an async generator function makes a generator
// object as a generator function's call does (generators.cpp). Its next(), throw() and return()
// each return a promise and queue a request; the request at the front runs the body on a nested
// loop until the body
// - yields: the request's promise gets {value, done: false}; when another request waits, the body
//   goes straight on with it, else it suspends there;
// - awaits: the body waits for a reaction job, as an async function's does (frames.cpp), and that
//   job resumes it as a frame of kind kAsyncGenerator;
// - ends: the request gets {value, done: true} (or its rejection), and every request still queued
//   is answered as a finished generator answers it.
// The compiler adds the awaits the spec puts in a yield, a return and a return() (compiler_generators.cpp).
#include <cstring>

#include "vm/builtins.h"
#include "vm/vm.h"

namespace th {

namespace {

using State = GeneratorObject::State;

Vm::GeneratorResume HowOf(const GeneratorObject::Request& request) {
  return static_cast<Vm::GeneratorResume>(request.how);
}

}  // namespace

// AsyncGenerator.prototype.next / throw / return.
Value Vm::AsyncGeneratorRequest(GeneratorObject* generator, GeneratorResume how, Value value) {
  TempRoot keep_generator(*this, generator);
  TempRoot keep_value(*this, value);
  JsPromise* promise = NewPromise();
  TempRoot keep_promise(*this, promise);
  if (how == GeneratorResume::Throw && generator->state == State::SuspendedStart) {
    generator->state = State::Completed;  // thrown into before it began: its body never runs
    generator->frame = nullptr;
  }
  const State state = generator->state;
  if (state == State::Completed && how != GeneratorResume::Return) {
    if (how == GeneratorResume::Throw) {
      RejectPromise(promise, value);
    } else {
      ResolvePromise(promise, Value::Object(NewIterResult(Value::Undefined(), true)));
    }
    return Value::Object(promise);
  }
  generator->queue.push_back({static_cast<uint8_t>(how), value, Value::Object(promise)});
  if (how == GeneratorResume::Return && (state == State::SuspendedStart || state == State::Completed)) {
    generator->state = State::AwaitingReturn;
    generator->frame = nullptr;
    AsyncGeneratorAwaitReturn(generator);
  } else if (state == State::SuspendedStart || state == State::SuspendedYield) {
    if (AsyncGeneratorResume(generator).IsException()) return Value::Exception();
  }
  // (Running or AwaitingReturn: the request waits for its turn.)
  return Value::Object(promise);
}

// Runs the body for the request at the front of the queue.
Value Vm::AsyncGeneratorResume(GeneratorObject* generator) {
  const GeneratorObject::Request request = generator->queue.front();
  Value result = RunGeneratorActivation(generator, request.value, HowOf(request), false, kAsyncGenerator);
  if (result.IsException() && !m_terminating) {
    // The body could not even start again (the stack is full): that ends it with the error.
    Value error = TakeException();
    generator->state = State::Completed;
    generator->frame = nullptr;
    AsyncGeneratorFinish(generator, error, true);
    return Value::Undefined();
  }
  return result;
}

// AsyncGeneratorYield: [value] has been popped (awaited already, by the compiled code). Returns
// false when the body is to throw (the next request is a throw()).
bool Vm::AsyncGeneratorYield(Value value) {
  CallFrame& frame = m_frames[m_frame_count - 1];
  auto* generator = static_cast<GeneratorObject*>(frame.aux.object);
  AsyncGeneratorCompleteStep(generator, value, false, false);
  if (!generator->queue.empty()) {
    // Another request waits: the body goes on without suspending.
    const GeneratorObject::Request next = generator->queue.front();
    return ContinueAtYield(frame, HowOf(next), next.value);
  }
  generator->state = State::SuspendedYield;
  YieldValue(Value::Undefined());  // (next() or the reaction job that resumed it uses no result)
  return true;
}

// Resumes the running frame at the Yield whose operand frame.ip points to: next(value) goes on
// with value, return(value) takes the return path, throw(value) throws there.
bool Vm::ContinueAtYield(CallFrame& frame, GeneratorResume how, Value value) {
  int32_t to_return;
  std::memcpy(&to_return, frame.ip, sizeof to_return);
  frame.ip += sizeof to_return;
  if (how == GeneratorResume::Throw) {
    Throw(value);
    return false;
  }
  if (how == GeneratorResume::Return) frame.ip += to_return;
  *m_sp++ = value;
  return true;
}

// AsyncGeneratorStart's end: the body returned or threw.
void Vm::AsyncGeneratorFinish(GeneratorObject* generator, Value value, bool thrown) {
  TempRoot keep(*this, generator);
  generator->state = State::Completed;
  generator->frame = nullptr;
  AsyncGeneratorCompleteStep(generator, value, thrown, true);
  AsyncGeneratorDrainQueue(generator);
}

// AsyncGeneratorCompleteStep: the front request is answered, rejected with `value` or fulfilled
// with {value, done}.
void Vm::AsyncGeneratorCompleteStep(GeneratorObject* generator, Value value, bool thrown, bool done) {
  if (generator->queue.empty()) return;
  const GeneratorObject::Request request = generator->queue.front();
  generator->queue.erase(generator->queue.begin());
  TempRoot keep_promise(*this, request.promise);
  TempRoot keep_value(*this, value);
  auto* promise = static_cast<JsPromise*>(request.promise.object);
  if (thrown) {
    RejectPromise(promise, value);
  } else {
    ResolvePromise(promise, Value::Object(NewIterResult(value, done)));
  }
}

// AsyncGeneratorDrainQueue: a finished generator answers what is still queued: next() with
// done, throw() by rejecting, return() by awaiting its value first.
void Vm::AsyncGeneratorDrainQueue(GeneratorObject* generator) {
  TempRoot keep(*this, generator);
  while (!generator->queue.empty()) {
    const GeneratorObject::Request next = generator->queue.front();
    switch (HowOf(next)) {
      case GeneratorResume::Return:
        generator->state = State::AwaitingReturn;
        AsyncGeneratorAwaitReturn(generator);
        return;
      case GeneratorResume::Throw: AsyncGeneratorCompleteStep(generator, next.value, true, true); break;
      case GeneratorResume::Next: AsyncGeneratorCompleteStep(generator, Value::Undefined(), false, true); break;
    }
  }
}

// AsyncGeneratorAwaitReturn: return(value) on a generator that is not running awaits the value,
// then answers {value, done: true}, or rejects with what the value rejected with.
void Vm::AsyncGeneratorAwaitReturn(GeneratorObject* generator) {
  TempRoot keep(*this, generator);
  Value promise = PromiseResolve(generator->queue.front().value);
  if (promise.IsException()) {
    AsyncGeneratorFinish(generator, TakeException(), true);
    return;
  }
  TempRoot keep_promise(*this, promise);
  NativeFunction* on_fulfilled = NewNative("", AsyncGeneratorReturnSettled, 1);
  on_fulfilled->slots[0] = Value::Object(generator);
  TempRoot keep_fulfilled(*this, on_fulfilled);
  NativeFunction* on_rejected = NewNative("", AsyncGeneratorReturnSettled, 1);
  on_rejected->slots[0] = Value::Object(generator);
  on_rejected->slots[1] = Value::Bool(true);
  PerformPromiseThen(static_cast<JsPromise*>(promise.object), Value::Object(on_fulfilled), Value::Object(on_rejected),
                     nullptr);
}

// The reaction to a return()'s awaited value: slots[0] the generator, slots[1] true when rejected.
Value Vm::AsyncGeneratorReturnSettled(Vm& vm, Value, Value* args, int argc, NativeFunction* function) {
  auto* generator = static_cast<GeneratorObject*>(function->slots[0].object);
  vm.AsyncGeneratorFinish(generator, detail::Arg(args, argc, 0), ToBoolean(function->slots[1]));
  return Value::Undefined();
}

namespace detail {

namespace {

Value RequestFromNative(Vm& vm, Value self, Value* args, int argc, Vm::GeneratorResume how, const char* name) {
  if (!self.IsObject() || self.object->kind() != ObjKind::AsyncGenerator) {
    // Not thrown: the promise it returns is rejected.
    JsPromise* promise = vm.NewPromise();
    TempRoot keep(vm, promise);
    vm.ThrowTypeError(std::string("Method [AsyncGenerator].prototype.") + name + " called on incompatible receiver " +
                      Vm::ShownText(self));
    vm.RejectPromise(promise, vm.TakeException());
    return Value::Object(promise);
  }
  return vm.AsyncGeneratorRequest(static_cast<GeneratorObject*>(self.object), how, Arg(args, argc, 0));
}

// (Node's inspect shows them as `Object [AsyncGenerator] {}`; inspect.cpp.)
Value AsyncGeneratorNext(Vm& vm, Value self, Value* args, int argc, NativeFunction*) {
  return RequestFromNative(vm, self, args, argc, Vm::GeneratorResume::Next, "next");
}
Value AsyncGeneratorReturn(Vm& vm, Value self, Value* args, int argc, NativeFunction*) {
  return RequestFromNative(vm, self, args, argc, Vm::GeneratorResume::Return, "return");
}
Value AsyncGeneratorThrow(Vm& vm, Value self, Value* args, int argc, NativeFunction*) {
  return RequestFromNative(vm, self, args, argc, Vm::GeneratorResume::Throw, "throw");
}

}  // namespace

void InstallAsyncGeneratorBuiltins(Vm& vm) {
  JsObject* prototype = vm.realm().async_generator_proto;
  JsObject* function_prototype = vm.realm().async_generator_function_proto;
  vm.DefineOwn(function_prototype, vm.names().prototype, Value::Object(prototype), 0);
  vm.DefineOwn(prototype, vm.names().constructor, Value::Object(function_prototype), 0);
  vm.DefineMethod(prototype, "next", AsyncGeneratorNext, 1);
  vm.DefineMethod(prototype, "return", AsyncGeneratorReturn, 1);
  vm.DefineMethod(prototype, "throw", AsyncGeneratorThrow, 1);
}

}  // namespace detail

}  // namespace th
