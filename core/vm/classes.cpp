// Classes: what the instructions of a class definition and of `super` do (core/lang's
// compiler_classes.cpp emits them).
//
// A method's home object (the prototype, or the class for a static method), which super.x
// starts from, and a constructor's fields function ride on the closure after its captured
// variables: upvalues()[captures] is the home object, upvalues()[captures + 1] the fields
// function. No closure that is not a method has them, and no instruction reads a captured
// variable past `captures`.
#include "vm/vm.h"

namespace th {

namespace {

bool IsConstructor(Value value) {
  if (!value.IsObject()) return false;
  switch (value.object->kind()) {
    case ObjKind::Closure: {
      const FunctionCode* code = static_cast<Closure*>(value.object)->proto()->code();
      return !code->is_arrow && !code->is_async && (!code->is_method || code->is_class_constructor);
    }
    case ObjKind::Native: return static_cast<NativeFunction*>(value.object)->is_constructor();
    case ObjKind::Bound: return IsConstructor(static_cast<BoundFunction*>(value.object)->target());
    default: return false;
  }
}

// How V8 names a value in "Class extends value ... is not a constructor or null".
std::string ExtendsDescription(Value value) {
  if (value.IsUndefined()) return "undefined";
  if (value.IsString()) return value.AsString()->text();
  if (value.IsNumber()) return Vm::NumberToString(value.number);
  if (value.IsBool()) return value.boolean ? "true" : "false";
  if (value.IsObject() && value.object->kind() == ObjKind::Closure) {
    return static_cast<Closure*>(value.object)->proto()->code()->source_text;  // V8 shows a function's source
  }
  return "#<Object>";
}

}  // namespace

// [ctor fields] or [parent ctor fields] -> [ctor prototype]
bool Vm::MakeClass(bool derived) {
  Closure* constructor = static_cast<Closure*>(m_sp[-2].object);
  JsObject* prototype_parent = m_realm.object_proto;
  JsObject* constructor_parent = m_realm.function_proto;
  if (derived) {
    Value parent = m_sp[-3];
    if (parent.IsNull()) {
      prototype_parent = nullptr;
    } else if (!IsConstructor(parent)) {
      ThrowTypeError("Class extends value " + ExtendsDescription(parent) + " is not a constructor or null");
      return false;
    } else {
      Value parent_prototype = Get(parent, m_names.prototype);
      if (parent_prototype.IsException()) return false;
      if (!parent_prototype.IsObject() && !parent_prototype.IsNull()) {
        ThrowTypeError("Class extends value does not have valid prototype property " + ExtendsDescription(parent_prototype));
        return false;
      }
      prototype_parent = parent_prototype.IsObject() ? static_cast<JsObject*>(parent_prototype.object) : nullptr;
      constructor_parent = static_cast<JsObject*>(parent.object);
    }
  }
  JsObject* prototype = NewObject(m_realm.object_proto);
  TempRoot keep(*this, prototype);
  prototype->set_proto(prototype_parent);
  constructor->set_proto(constructor_parent);
  DefineOwn(constructor, m_names.prototype, Value::Object(prototype), 0);  // neither writable nor enumerable
  DefineOwn(prototype, m_names.constructor, Value::Object(constructor), kHidden);
  constructor->upvalues().push_back(prototype);  // its home object
  Value fields = m_sp[-1];
  if (fields.IsObject()) {
    constructor->upvalues().push_back(fields.object);
    static_cast<Closure*>(fields.object)->upvalues().push_back(prototype);  // super.x in a field's value
  }
  if (derived) --m_sp;
  m_sp[-2] = Value::Object(constructor);
  m_sp[-1] = Value::Object(prototype);
  return true;
}

// [home fn] -> [home fn]: the static fields and blocks run with the class as their home object.
void Vm::SetHomeObject() { static_cast<Closure*>(m_sp[-1].object)->upvalues().push_back(m_sp[-2].object); }

// [obj fn] -> [obj]
void Vm::DefineMethod(HeapString* name) {
  JsObject* home = static_cast<JsObject*>(m_sp[-2].object);
  Value method = m_sp[-1];
  if (method.IsObject() && method.object->kind() == ObjKind::Closure) {
    static_cast<Closure*>(method.object)->upvalues().push_back(home);
  }
  DefineOwn(home, name, method, kHidden);
  --m_sp;
}

// [obj key fn] -> [obj]
bool Vm::DefineMethodElem() {
  HeapString* key = ToPropertyKey(m_sp[-2]);
  if (!key) return false;
  JsObject* home = static_cast<JsObject*>(m_sp[-3].object);
  Value method = m_sp[-1];
  if (method.IsObject() && method.object->kind() == ObjKind::Closure) {
    Closure* closure = static_cast<Closure*>(method.object);
    if (closure->proto()->code()->name.empty()) closure->set_name(FunctionNameFor(key));
    closure->upvalues().push_back(home);
  }
  DefineOwn(home, key, method, kHidden);
  m_sp -= 2;
  return true;
}

// super.x's object: the prototype of the running method's home object.
bool Vm::PushSuperBase() {
  Closure* closure = m_frames[m_frame_count - 1].closure;
  const size_t home_index = closure->proto()->code()->captures.size();
  if (closure->upvalues().size() <= home_index) {
    ThrowSyntaxError("'super' keyword unexpected here");
    return false;
  }
  JsObject* parent = static_cast<JsObject*>(closure->upvalues()[home_index])->proto();
  *m_sp++ = parent ? Value::Object(parent) : Value::Null();
  return true;
}

// [arguments] -> the parent constructor's frame runs with this constructor's new.target (or,
// for a built-in parent, has run), and leaves the object it made.
bool Vm::SuperCallFromStack() {
  const CallFrame& frame = m_frames[m_frame_count - 1];
  const Value new_target = frame.aux;
  if (frame.kind != kConstruct || !new_target.IsObject()) {
    ThrowSyntaxError("'super' keyword unexpected here");
    return false;
  }
  JsObject* parent = static_cast<JsObject*>(frame.closure)->proto();  // the class's [[Prototype]]
  const Value parent_value = parent ? Value::Object(parent) : Value::Null();
  if (!IsConstructor(parent_value)) {
    ThrowTypeError("Super constructor " + ExtendsDescription(parent_value) + " of anonymous class is not a constructor");
    return false;
  }
  Value* callee_slot = m_sp - 1;
  const auto& items = static_cast<JsArray*>(callee_slot[0].object)->items();
  const std::vector<Value> arguments(items.begin(), items.end());
  if (callee_slot + arguments.size() + 8 >= m_stack_end) {
    ThrowRangeError("Maximum call stack size exceeded");
    return false;
  }
  callee_slot[0] = parent_value;
  callee_slot[1] = Value::Undefined();
  m_sp = callee_slot + 2;
  for (const Value& argument : arguments) *m_sp++ = argument.IsEmpty() ? Value::Undefined() : argument;
  return ConstructWith(callee_slot, static_cast<int>(arguments.size()), new_target);
}

// [object] -> [object], which is now the constructor's `this`.
bool Vm::BindThis() {
  Value* this_slot = m_frames[m_frame_count - 1].base - 1;
  if (!this_slot->IsEmpty()) {
    ThrowReferenceError("Super constructor may only be called once");
    return false;
  }
  *this_slot = m_sp[-1];
  return true;
}

// The running constructor's fields function (the compiler asks only when its class has one).
void Vm::PushClassFields() {
  Closure* constructor = m_frames[m_frame_count - 1].closure;
  const size_t index = constructor->proto()->code()->captures.size() + 1;
  *m_sp++ = index < constructor->upvalues().size() ? Value::Object(constructor->upvalues()[index]) : Value::Undefined();
}

}  // namespace th
