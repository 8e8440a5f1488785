// Iteration: what for-of, spread, array destructuring and yield* use. The built-in iterables
// (arrays, strings, Map, Set, typed arrays, generators) are stepped directly; any other object
// is iterated by the protocol: its [Symbol.iterator]() gives an iterator whose next() is called.
#include "vm/vm.h"

namespace th {

Value Vm::MakeIterator(Value iterable) {
  if (iterable.IsObject()) {
    switch (iterable.object->kind()) {
      case ObjKind::Array:
        return Value::Object(m_heap->New<IteratorObject>(m_realm.iterator_proto, IteratorObject::Source::Array, iterable));
      case ObjKind::Iterator: return iterable;
      case ObjKind::Generator:
        return Value::Object(m_heap->New<IteratorObject>(m_realm.iterator_proto, IteratorObject::Source::Generator, iterable));
      case ObjKind::TypedArray:
        return Value::Object(m_heap->New<IteratorObject>(m_realm.iterator_proto, IteratorObject::Source::Typed, iterable));
      case ObjKind::Map: {
        IteratorObject* it = m_heap->New<IteratorObject>(m_realm.iterator_proto, IteratorObject::Source::Map, iterable);
        it->map_kind = static_cast<MapObject*>(iterable.object)->is_set ? 1 : 0;
        return Value::Object(it);
      }
      default: break;
    }
  } else if (iterable.IsString()) {
    return Value::Object(m_heap->New<IteratorObject>(m_realm.iterator_proto, IteratorObject::Source::String, iterable));
  }
  if (iterable.IsObject()) {
    TempRoot keep(*this, iterable);
    Value method = Get(iterable, m_names.iterator);
    if (method.IsException()) return method;
    if (IsCallable(method)) return IteratorByProtocol(iterable, method);
  }
  std::string text = CalleeText();
  // A spread argument, f(...x): the compiler noted V8's whole message.
  if (text.rfind("Spread syntax", 0) == 0) return ThrowTypeError(text);
  if (text == "expression") {
    if (iterable.IsNullish()) {
      text = iterable.IsNull() ? "null" : "undefined";
    } else if (iterable.IsObject()) {
      text = "object";
    } else {
      text = TypeOf(iterable)->text() + " " + ShownText(iterable);
    }
  }
  return ThrowTypeError(text + " is not iterable");
}

// GetIterator's second half: calls iterable[Symbol.iterator]() and keeps what it gives, with
// its next method, for IteratorStep.
Value Vm::IteratorByProtocol(Value iterable, Value method) {
  Value iterator = Call(method, iterable, nullptr, 0);
  if (iterator.IsException()) return iterator;
  if (!iterator.IsObject()) return ThrowTypeError("Result of the Symbol.iterator method is not an object");
  TempRoot keep(*this, iterator);
  Value next = Get(iterator, m_names.next);
  if (next.IsException()) return next;
  TempRoot keep_next(*this, next);
  auto* it = m_heap->New<IteratorObject>(m_realm.iterator_proto, IteratorObject::Source::Protocol, iterator);
  it->next_method = next;
  return Value::Object(it);
}

bool Vm::IsIterable(Value value) {
  if (value.IsString()) return true;
  if (!value.IsObject()) return false;
  switch (value.object->kind()) {
    case ObjKind::Array: case ObjKind::Map: case ObjKind::Iterator: case ObjKind::Generator: case ObjKind::TypedArray:
      return true;
    default: break;
  }
  // Looked up without running a getter: an accessor counts, and MakeIterator calls it later.
  Property* method = FindProperty(static_cast<JsObject*>(value.object), m_names.iterator);
  return method && ((method->flags & kAccessor) || IsCallable(method->value));
}

Value Vm::ThrowNotIterable(Value value) {
  std::string what = TypeOf(value)->text();
  if (value.IsNull()) what += " null";
  if (value.IsNumber() || value.IsBool() || value.IsSymbol()) what += " " + ShownText(value);
  return ThrowTypeError(what + " is not iterable (cannot read property Symbol(Symbol.iterator))");
}

bool Vm::IteratorClose(IteratorObject* it) {
  if (it->source == IteratorObject::Source::Protocol) {
    if (it->exhausted) return true;
    it->exhausted = true;
    bool done = false;
    return !CallIteratorMethod(it, m_names.return_, Value::Undefined(), &done).IsException();
  }
  if (it->source != IteratorObject::Source::Generator) return true;
  auto* generator = static_cast<GeneratorObject*>(it->target.object);
  if (generator->state == GeneratorObject::State::Completed) return true;
  bool done = false;
  return !ResumeGenerator(generator, Value::Undefined(), GeneratorResume::Return, &done).IsException();
}

// it.target[name](sent) for a protocol iterator, its result object read into *done and the value
// returned. `next` uses the method read at GetIterator; a missing `return` ends with `sent`
// (done); a missing `throw` is V8's TypeError after the iterator is closed.
Value Vm::CallIteratorMethod(IteratorObject* it, HeapString* name, Value sent, bool* done) {
  *done = true;
  TempRoot keep_it(*this, it);
  TempRoot keep_sent(*this, sent);
  Value method = it->next_method;
  if (name != m_names.next) {
    method = Get(it->target, name);
    if (method.IsException()) return method;
    if (method.IsNullish()) {
      if (name == m_names.return_) return sent;
      if (!IteratorClose(it)) return Value::Exception();
      return ThrowTypeError("The iterator does not provide a 'throw' method");
    }
  }
  if (!IsCallable(method)) {
    return ThrowTypeError(ShownText(method) + " is not a function");
  }
  Value result = Call(method, it->target, name == m_names.return_ && sent.IsUndefined() ? nullptr : &sent,
                      name == m_names.return_ && sent.IsUndefined() ? 0 : 1);
  if (result.IsException()) return result;
  if (!result.IsObject()) {
    return ThrowTypeError("Iterator result " + ShownText(result) + " is not an object");
  }
  TempRoot keep_result(*this, result);
  Value finished = Get(result, m_names.done);
  if (finished.IsException()) return finished;
  *done = ToBoolean(finished);
  return Get(result, m_names.value);
}

Value Vm::IteratorStep(IteratorObject* it) {
  switch (it->source) {
    case IteratorObject::Source::Protocol: {
      if (it->exhausted) return Value::Empty();  // done once is done for good: next() is not asked again
      bool done = false;
      Value value = CallIteratorMethod(it, m_names.next, Value::Undefined(), &done);
      if (value.IsException() || done) it->exhausted = true;
      if (value.IsException()) return value;
      return done ? Value::Empty() : value;
    }
    case IteratorObject::Source::Generator: {
      bool done = false;
      Value value = ResumeGenerator(static_cast<GeneratorObject*>(it->target.object), Value::Undefined(),
                                    GeneratorResume::Next, &done);
      if (value.IsException()) return value;
      return done ? Value::Empty() : value;
    }
    case IteratorObject::Source::Array:
    case IteratorObject::Source::Keys: {
      auto& items = static_cast<JsArray*>(it->target.object)->items();
      if (it->index >= items.size()) return Value::Empty();
      Value item = items[it->index++];
      return item.IsEmpty() ? Value::Undefined() : item;
    }
    case IteratorObject::Source::Typed: {
      auto* typed = static_cast<TypedArrayObject*>(it->target.object);
      if (it->index >= typed->length()) return Value::Empty();
      return Value::Number(typed->Get(it->index++));
    }
    case IteratorObject::Source::String: {
      const std::string& text = it->target.AsString()->text();
      if (it->index >= text.size()) return Value::Empty();
      unsigned char c = static_cast<unsigned char>(text[it->index]);
      size_t length = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
      std::string piece = text.substr(it->index, length);
      it->index += length;
      return Value::String(NewString(piece));
    }
    case IteratorObject::Source::Map: {
      MapObject* map = static_cast<MapObject*>(it->target.object);
      while (it->index < map->entries.size() && map->entries[it->index].deleted) ++it->index;
      if (it->index >= map->entries.size()) return Value::Empty();
      MapObject::Entry entry = map->entries[it->index++];
      if (it->map_kind == 1) return entry.key;
      if (it->map_kind == 2) return entry.value;
      JsArray* pair = NewArray(2);
      pair->items().push_back(entry.key);
      pair->items().push_back(entry.value);
      return Value::Object(pair);
    }
    case IteratorObject::Source::Async:
    case IteratorObject::Source::AsyncFromSync: break;  // (stepped by for await only: async_iteration.cpp)
  }
  return Value::Empty();
}

}  // namespace th
