// Iteration over the built-in iterables (arrays, strings, Map, Set, and iterator objects):
// what for-of, spread and array destructuring use.
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
  std::string text = CalleeText();
  if (text == "expression") {
    if (iterable.IsNullish()) {
      text = iterable.IsNull() ? "null" : "undefined";
    } else if (iterable.IsObject()) {
      text = "object";
    } else {
      text = TypeOf(iterable)->text() + " " + ToString(iterable)->text();
    }
  }
  if (iterable.IsObject() && !IsCallable(iterable)) {
    return ThrowTypeError(text + " is not iterable");
  }
  return ThrowTypeError(text + " is not iterable");
}

bool Vm::IsBuiltinIterable(Value value) {
  if (value.IsString()) return true;
  if (!value.IsObject()) return false;
  switch (value.object->kind()) {
    case ObjKind::Array: case ObjKind::Map: case ObjKind::Iterator: case ObjKind::Generator: case ObjKind::TypedArray:
      return true;
    default: return false;
  }
}

Value Vm::ThrowNotIterable(Value value) {
  std::string what = TypeOf(value)->text();
  if (value.IsNull()) what += " null";
  if (value.IsNumber() || value.IsBool()) what += " " + ToString(value)->text();
  return ThrowTypeError(what + " is not iterable (cannot read property Symbol(Symbol.iterator))");
}

bool Vm::IteratorClose(IteratorObject* it) {
  if (it->source != IteratorObject::Source::Generator) return true;
  auto* generator = static_cast<GeneratorObject*>(it->target.object);
  if (generator->state == GeneratorObject::State::Completed) return true;
  bool done = false;
  return !ResumeGenerator(generator, Value::Undefined(), GeneratorResume::Return, &done).IsException();
}

Value Vm::IteratorStep(IteratorObject* it) {
  switch (it->source) {
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
  }
  return Value::Empty();
}

}  // namespace th
