// for await's iterators (ECMAScript 27.1.4, 7.4.3 GetIterator(obj, async), 7.4.13
// AsyncIteratorClose): the Extended instructions the compiler's CompileForAwait emits. An async
// iterable gives its [Symbol.asyncIterator]() and each step's next() result is awaited by the
// loop. A sync iterable is wrapped as %AsyncFromSyncIteratorPrototype% wraps it (27.1.6): each
// value it gives is awaited first, one more tick, and return() answers at once when the sync
// iterator has none.
#include "vm/builtins.h"
#include "vm/vm.h"

namespace th {

bool Vm::RunAsyncIteration(ExtendedOp op, uint16_t argument) {
  switch (op) {
    case ExtendedOp::AsyncIterInit: {
      Value iterator = MakeAsyncIterator(m_sp[-1]);
      if (iterator.IsException()) return false;
      m_sp[-1] = iterator;
      return true;
    }
    case ExtendedOp::AsyncIterNext: {
      Value result = AsyncIteratorNext(static_cast<IteratorObject*>(m_sp[-1].object));
      if (result.IsException()) return false;
      *m_sp++ = result;
      return true;
    }
    case ExtendedOp::AsyncIterResult: {
      const Value result = m_sp[-1];
      if (!result.IsObject()) {
        ThrowTypeError("Iterator result " + ShownText(result) + " is not an object");
        return false;
      }
      Value done = Get(result, m_names.done);
      if (done.IsException()) return false;
      const bool finished = ToBoolean(done);
      Value value = Value::Undefined();
      if (!finished) {
        value = Get(result, m_names.value);
        if (value.IsException()) return false;
        // A value came: the loop body runs, and leaving it early closes the iterator.
        static_cast<IteratorObject*>(m_sp[-2].object)->exhausted = false;
      }
      m_sp[-1] = value;
      *m_sp++ = Value::Bool(finished);
      return true;
    }
    case ExtendedOp::AsyncIterReturn: {
      auto* it = static_cast<IteratorObject*>(m_sp[-1 - argument].object);
      Value result = Value::Undefined();
      bool called = false;
      if (!it->exhausted) {
        it->exhausted = true;  // closed once: a throw from return() does not close it again
        if (it->source == IteratorObject::Source::AsyncFromSync) {
          result = AsyncFromSyncStep(it, /*closing=*/true);
          called = true;
        } else {
          Value method = Get(it->target, m_names.return_);
          if (method.IsException()) return false;
          if (!method.IsNullish()) {
            result = Call(method, it->target, nullptr, 0);
            if (result.IsException()) return false;
            called = true;
          }
        }
      }
      *m_sp++ = result;
      *m_sp++ = Value::Bool(called);
      return true;
    }
    case ExtendedOp::RequireIterResult:
      if (!m_sp[-1].IsObject()) {
        ThrowTypeError("Iterator result " + ShownText(m_sp[-1]) + " is not an object");
        return false;
      }
      return true;
    default: break;
  }
  return false;
}

Value Vm::MakeAsyncIterator(Value iterable) {
  if (iterable.IsNullish()) {
    return ThrowTypeError(std::string("Cannot read properties of ") + (iterable.IsNull() ? "null" : "undefined") +
                         " (reading 'Symbol(Symbol.asyncIterator)')");
  }
  Value method = Get(iterable, m_names.asyncIterator);
  if (method.IsException()) return method;
  if (!method.IsNullish()) {
    if (!IsCallable(method)) return ThrowTypeError(TypeOf(method)->text() + " " + ShownText(method) + " is not a function");
    Value iterator = Call(method, iterable, nullptr, 0);
    if (iterator.IsException()) return iterator;
    if (!iterator.IsObject()) return ThrowTypeError("Result of the Symbol.asyncIterator method is not an object");
    TempRoot keep(*this, iterator);
    Value next = Get(iterator, m_names.next);
    if (next.IsException()) return next;
    TempRoot keep_next(*this, next);
    auto* it = m_heap->New<IteratorObject>(m_realm.iterator_proto, IteratorObject::Source::Async, iterator);
    it->next_method = next;
    return Value::Object(it);
  }
  if (!IsIterable(iterable)) {
    std::string text = CalleeText();
    if (text == "expression") text = iterable.IsObject() ? "object" : ShownText(iterable);
    return ThrowTypeError(text + " is not async iterable");
  }
  Value sync = MakeIterator(iterable);
  if (sync.IsException()) return sync;
  TempRoot keep(*this, sync);
  return Value::Object(m_heap->New<IteratorObject>(m_realm.iterator_proto, IteratorObject::Source::AsyncFromSync, sync));
}

// One step's next(): what the loop awaits.
Value Vm::AsyncIteratorNext(IteratorObject* it) {
  // Until the result says otherwise, a throw here (or from awaiting it) ends the loop without
  // closing the iterator, as the spec's `?` does.
  it->exhausted = true;
  if (it->source == IteratorObject::Source::AsyncFromSync) return AsyncFromSyncStep(it, /*closing=*/false);
  return Call(it->next_method, it->target, nullptr, 0);
}

// %AsyncFromSyncIteratorPrototype%.next() or .return(): a promise of the sync iterator's next
// result, its value awaited.
Value Vm::AsyncFromSyncStep(IteratorObject* it, bool closing) {
  TempRoot keep_it(*this, it);
  JsPromise* promise = NewPromise();
  TempRoot keep_promise(*this, promise);
  auto* sync = static_cast<IteratorObject*>(it->target.object);
  Value value = Value::Undefined();
  bool done = true;
  if (!closing) {
    value = IteratorStep(sync);
    done = value.IsEmpty();
    if (done) value = Value::Undefined();
  } else if (sync->source == IteratorObject::Source::Generator) {
    value = ResumeGenerator(static_cast<GeneratorObject*>(sync->target.object), Value::Undefined(),
                            GeneratorResume::Return, &done);
  } else if (sync->source == IteratorObject::Source::Protocol) {
    Value method = Get(sync->target, m_names.return_);
    if (!method.IsException() && !method.IsNullish()) {
      value = CallIteratorMethod(sync, m_names.return_, Value::Undefined(), &done);
    } else if (!method.IsException()) {
      ResolvePromise(promise, Value::Object(NewIterResult(Value::Undefined(), true)));
      return Value::Object(promise);
    } else {
      value = method;
    }
  } else {
    // A built-in iterator has no return(): done at once.
    ResolvePromise(promise, Value::Object(NewIterResult(Value::Undefined(), true)));
    return Value::Object(promise);
  }
  if (value.IsException()) {
    RejectPromise(promise, TakeException());
    return Value::Object(promise);
  }
  TempRoot keep_value(*this, value);
  Value wrapper = PromiseResolve(value);
  if (wrapper.IsException()) {
    RejectPromise(promise, TakeException());
    return Value::Object(promise);
  }
  TempRoot keep_wrapper(*this, wrapper);
  NativeFunction* unwrap = NewNative("", AsyncFromSyncUnwrap, 1);
  unwrap->slots[0] = Value::Bool(done);
  PerformPromiseThen(static_cast<JsPromise*>(wrapper.object), Value::Object(unwrap), Value::Undefined(), promise);
  return Value::Object(promise);
}

// The awaited value becomes {value, done}: slots[0] is done.
Value Vm::AsyncFromSyncUnwrap(Vm& vm, Value, Value* args, int argc, NativeFunction* function) {
  return Value::Object(vm.NewIterResult(detail::Arg(args, argc, 0), Vm::ToBoolean(function->slots[0])));
}

}  // namespace th
