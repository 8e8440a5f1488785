// Building values the code spells out, for the dispatch loop (interpreter.cpp): closures,
// spreads into array and object literals, rest elements and rest properties, and the key list
// a for-in loop walks. Each works on the operand stack at m_sp and returns false when it threw
// (the error is in m_exception).
#include <algorithm>

#include "vm/vm.h"

namespace th {

// A closure over the running frame for nested function `index`.
Closure* Vm::NewClosure(uint16_t index) {
  CallFrame& frame = m_frames[m_frame_count - 1];
  FunctionProto* proto = frame.closure->proto()->children()[index];
  const FunctionCode* child = proto->code();
  JsObject* function_proto = !child->is_generator ? m_realm.function_proto
                             : child->is_async    ? m_realm.async_generator_function_proto
                                                  : m_realm.generator_function_proto;
  Closure* closure = m_heap->New<Closure>(function_proto, proto);
  auto& upvalues = closure->upvalues();
  upvalues.reserve(child->captures.size());
  for (const CaptureSource& source : child->captures) {
    upvalues.push_back(source.from_local ? frame.base[source.index].object : frame.closure->upvalues()[source.index]);
  }
  return closure;
}

// [arr iterable] -> [arr] with the iterable's values appended.
bool Vm::SpreadIntoArray() {
  Value source = m_sp[-1];
  JsArray* target = static_cast<JsArray*>(m_sp[-2].object);
  if (IsArray(source)) {
    for (const Value& item : static_cast<JsArray*>(source.object)->items()) {
      target->items().push_back(item.IsEmpty() ? Value::Undefined() : item);
    }
  } else {
    // Any other iterable: walk it with the iterator opcodes' helper.
    Value iterator = MakeIterator(source);
    if (iterator.IsException()) return false;
    m_sp[-1] = iterator;
    IteratorObject* it = static_cast<IteratorObject*>(iterator.object);
    while (true) {
      Value next = IteratorStep(it);
      if (next.IsEmpty()) break;
      if (next.IsException()) return false;
      target->items().push_back(next);
    }
  }
  --m_sp;
  return true;
}

// [obj src] -> [obj] with src's own enumerable properties copied.
bool Vm::SpreadIntoObject() {
  // The source stays on the stack (rooted) until its properties are copied.
  Value source = m_sp[-1];
  JsObject* target = static_cast<JsObject*>(m_sp[-2].object);
  if (source.IsObject()) {
    JsObject* from = static_cast<JsObject*>(source.object);
    for (HeapString* key : OwnKeys(from, false, KeyKinds::Both)) {
      Value value = Get(source, key);
      if (value.IsException()) return false;
      DefineOwn(target, key, value);
    }
  } else if (source.IsString()) {
    HeapString* text = source.AsString();
    for (size_t i = 0; i < text->Length(); ++i) {
      Value ch = GetElement(source, Value::Number(static_cast<double>(i)));
      *m_sp++ = ch;
      DefineOwn(target, IndexKey(i), ch);
      --m_sp;
    }
  }
  --m_sp;
  return true;
}

// [it] -> [it array-of-the-rest]
bool Vm::IteratorRest() {
  JsArray* rest = NewArray();
  *m_sp++ = Value::Object(rest);
  IteratorObject* it = static_cast<IteratorObject*>(m_sp[-2].object);
  while (true) {
    Value next = IteratorStep(it);
    if (next.IsEmpty()) break;
    if (next.IsException()) return false;
    rest->items().push_back(next);
  }
  return true;
}

// [obj] -> [iterator over the enumerable keys of obj and its prototypes]
void Vm::ForInKeys() {
  Value object = m_sp[-1];
  JsArray* keys = NewArray();
  *m_sp++ = Value::Object(keys);
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
}

// The TypeError for destructuring null or undefined; `first` names the first property.
void Vm::ThrowCannotDestructure(Value value, HeapString* first) {
  std::string what = value.IsNull() ? "null" : "undefined";
  if (first->text().empty()) {
    ThrowTypeError("Cannot destructure '" + what + "' as it is " + what + ".");
  } else {
    ThrowTypeError("Cannot destructure property '" + first->text() + "' of '" + what + "' as it is " + what + ".");
  }
}

// [src excluded-keys-array] -> [copy of src without the excluded keys]
bool Vm::ObjectRestCopy() {
  Value excluded = m_sp[-1];
  Value source = m_sp[-2];
  JsObject* copy = NewObject();
  *m_sp++ = Value::Object(copy);
  if (source.IsObject()) {
    auto& skip = static_cast<JsArray*>(excluded.object)->items();
    for (HeapString* key : OwnKeys(static_cast<JsObject*>(source.object), false, KeyKinds::Both)) {
      bool skipped = false;
      for (const Value& s : skip) {
        if (s.IsSymbol() ? s.AsString() == key : s.IsString() && !key->is_symbol() && s.AsString()->text() == key->text()) skipped = true;
      }
      if (skipped) continue;
      Value value = Get(source, key);
      if (value.IsException()) return false;
      DefineOwn(copy, key, value);
    }
  }
  m_sp[-3] = Value::Object(copy);
  m_sp -= 2;
  return true;
}

}  // namespace th
