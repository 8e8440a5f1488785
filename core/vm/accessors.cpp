// Getters and setters: properties whose value is computed by a function (kAccessor).
//
// The property's value is an internal array [getter, setter], either undefined; no program
// ever sees it, since Get, Set and the inspector look into it and the instruction that makes
// accessors (DefineAccessor) is the only one that writes it.
#include "vm/vm.h"

namespace th {

namespace {

JsArray* Pair(Value pair) { return static_cast<JsArray*>(pair.object); }

}  // namespace

Value Vm::CallGetter(Value pair, Value receiver) {
  const Value getter = Pair(pair)->items()[0];
  if (!IsCallable(getter)) return Value::Undefined();
  return Call(getter, receiver, nullptr, 0);
}

bool Vm::CallSetter(Value pair, Value receiver, Value value, HeapString* key) {
  const Value setter = Pair(pair)->items()[1];
  if (!IsCallable(setter)) {
    // A getter alone: sloppy code ignores the assignment; a class's code is strict and throws.
    const FunctionCode* code = m_frame_count ? m_frames[m_frame_count - 1].closure->proto()->code() : nullptr;
    if (!code || !code->is_method) return true;
    std::string owner = "#<Object>";
    if (receiver.IsObject()) {
      JsObject* proto = static_cast<JsObject*>(receiver.object)->proto();
      Property* constructor = proto ? FindProperty(proto, m_names.constructor) : nullptr;
      if (constructor && constructor->value.IsObject() && IsCallable(constructor->value)) {
        const Value name = Get(constructor->value, m_names.name);
        if (name.IsString() && !name.AsString()->text().empty()) owner = "#<" + name.AsString()->text() + ">";
      }
    }
    ThrowTypeError("Cannot set property " + KeyText(key) + " of " + owner + " which has only a getter");
    return false;
  }
  Value argument = value;
  return !Call(setter, receiver, &argument, 1).IsException();
}

Value Vm::GetFrom(Value start, HeapString* key, Value receiver) {
  if (!start.IsObject()) return Get(start, key);
  Property* property = FindProperty(static_cast<JsObject*>(start.object), key);
  if (!property) return Get(start, key);  // what a built-in object computes (a function's name...)
  return property->flags & kAccessor ? CallGetter(property->value, receiver) : property->value;
}

// [obj key fn] -> [obj]
bool Vm::DefineAccessor(uint8_t kind) {
  HeapString* key = ToPropertyKey(m_sp[-2]);
  if (!key) return false;
  TempRoot keep_key(*this, key);
  JsObject* target = static_cast<JsObject*>(m_sp[-3].object);
  const Value function = m_sp[-1];
  const bool setter = kind & kAccessorSetter;
  if (function.IsObject() && function.object->kind() == ObjKind::Closure) {
    Closure* closure = static_cast<Closure*>(function.object);
    closure->set_name(Intern((setter ? "set " : "get ") + FunctionNameFor(key)->text()));  // as V8 names them
    if (kind & kAccessorMethod) closure->upvalues().push_back(target);  // its home object
  }
  Property* existing = target->props().Find(key);
  JsArray* pair = nullptr;
  if (existing && (existing->flags & kAccessor)) {
    pair = Pair(existing->value);
  } else {
    pair = NewArray();
    TempRoot keep_pair(*this, pair);
    pair->items().push_back(Value::Undefined());
    pair->items().push_back(Value::Undefined());
    const uint8_t flags = kAccessor | ((kind & kAccessorEnumerable) ? kEnumerable : 0);
    DefineOwn(target, key, Value::Object(pair), flags);
  }
  pair->items()[setter ? 1 : 0] = function;
  m_sp -= 2;
  return true;
}

}  // namespace th
