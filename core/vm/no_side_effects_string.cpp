#include "vm/no_side_effects_string.h"

#include "vm/builtins.h"
#include "vm/vm.h"

namespace th {

namespace {

// JSReceiver::GetDataProperty: the property found along the prototype chain, no getter run.
Value DataProperty(JsObject* object, HeapString* key) {
  for (JsObject* at = object; at; at = at->proto()) {
    if (Property* property = at->props().Find(key)) return property->value;
  }
  return Value::Undefined();
}

// A function's name (computed for compiled functions, hence Get: it runs no program code).
std::string FunctionName(Vm& vm, Value function) {
  const Value name = vm.Get(function, vm.names().name);
  return name.IsString() ? name.AsString()->text() : "";
}

// JSFunction::ToString, shortened as V8 shortens it past 128 characters.
std::string FunctionText(Vm& vm, Value function) {
  std::string text;
  if (function.object->kind() == ObjKind::Closure) {
    text = static_cast<Closure*>(function.object)->proto()->code()->source_text;
  } else {
    text = "function " + FunctionName(vm, function) + "() { [native code] }";
  }
  if (text.size() > 128) text = text.substr(0, 111) + "...<omitted>..." + text.substr(text.size() - 2);
  return text;
}

// What V8's class_name() gives for the objects this engine has.
std::string ClassName(Vm& vm, Value value) {
  switch (value.object->kind()) {
    case ObjKind::Array: return "Array";
    case ObjKind::Promise: return "Promise";
    case ObjKind::Map: return static_cast<MapObject*>(value.object)->is_set ? "Set" : "Map";
    default: break;
  }
  if (!detail::DateInspectText(vm, value).empty()) return "Date";
  if (static_cast<JsObject*>(value.object)->object_class() == ObjClass::Error) return "Error";
  return "Object";
}

}  // namespace

std::string NoSideEffectsToString(Vm& vm, Value value) {
  if (value.IsString()) return value.AsString()->text();
  if (value.IsNumber()) return Vm::NumberToString(value.number);
  if (value.IsBool()) return value.boolean ? "true" : "false";
  if (value.IsNull()) return "null";
  if (!value.IsObject()) return "undefined";
  if (Vm::IsCallable(value)) return FunctionText(vm, value);
  JsObject* object = static_cast<JsObject*>(value.object);
  const Value to_string = DataProperty(object, vm.names().toString);
  const Value object_to_string = DataProperty(vm.realm().object_proto, vm.names().toString);
  if (to_string.IsObject() && to_string.object == object_to_string.object) {
    const Value constructor = DataProperty(object, vm.names().constructor);
    if (constructor.IsObject() && Vm::IsCallable(constructor)) {
      const std::string name = FunctionName(vm, constructor);
      if (!name.empty()) return "#<" + name + ">";
    }
  }
  return "[object " + ClassName(vm, value) + "]";
}

}  // namespace th
