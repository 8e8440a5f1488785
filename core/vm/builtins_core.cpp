// [SECTION] index
//   The realm: prototypes and well-known names
//   Object and Function
//   Errors
//   console
//   require
//   Installing everything, and the JavaScript prelude
#include <cmath>
#include <map>
#include <mutex>

#include "lang/compiler.h"
#include "vm/builtins.h"
#include "vm/inspect.h"
#include "vm/number_format.h"

namespace th {

using detail::Arg;

namespace detail {

NativeFunction* InstallConstructor(Vm& vm, std::string_view name, NativeFn fn, int length, JsObject* prototype) {
  NativeFunction* constructor = vm.NewNative(name, fn, length);
  TempRoot keep(vm, constructor);
  constructor->set_constructor(true);
  constructor->slots[0] = Value::Object(prototype);
  vm.DefineOwn(constructor, vm.names().prototype, Value::Object(prototype), 0);
  vm.DefineOwn(prototype, vm.names().constructor, Value::Object(constructor), kHidden);
  SetGlobal(vm, name, Value::Object(constructor));
  return constructor;
}

void SetGlobal(Vm& vm, std::string_view name, Value value) {
  vm.DefineOwn(vm.realm().global, vm.Intern(name), value, kHidden);
}

}  // namespace detail

// [SECTION] The realm
void Vm::InitRealm() {
  m_names.length = Intern("length");
  m_names.name = Intern("name");
  m_names.message = Intern("message");
  m_names.stack = Intern("stack");
  m_names.prototype = Intern("prototype");
  m_names.constructor = Intern("constructor");
  m_names.then = Intern("then");
  m_names.toString = Intern("toString");
  m_names.valueOf = Intern("valueOf");
  m_names.cause = Intern("cause");
  m_names.errors = Intern("errors");
  m_names.code = Intern("code");
  m_names.empty = Intern("");
  m_names.toJSON = Intern("toJSON");
  m_names.get = Intern("get");
  m_names.set = Intern("set");
  m_names.value = Intern("value");
  m_names.done = Intern("done");
  m_names.next = Intern("next");
  m_names.size = Intern("size");
  m_names.return_ = Intern("return");
  m_names.description = Intern("description");
  m_names.toPrimitive = NewSymbol("Symbol.toPrimitive");
  m_names.iterator = NewSymbol("Symbol.iterator");
  m_names.asyncIterator = NewSymbol("Symbol.asyncIterator");
  m_names.hasInstance = NewSymbol("Symbol.hasInstance");
  m_names.toStringTag = NewSymbol("Symbol.toStringTag");

  Realm& r = m_realm;
  r.object_proto = NewObject(nullptr);
  r.function_proto = NewObject(r.object_proto);
  r.array_proto = NewObject(r.object_proto);
  r.string_proto = NewObject(r.object_proto);
  r.number_proto = NewObject(r.object_proto);
  r.boolean_proto = NewObject(r.object_proto);
  r.symbol_proto = NewObject(r.object_proto);
  r.error_proto = NewObject(r.object_proto);
  auto error_subclass = [&](const char* name) {
    JsObject* proto = NewObject(r.error_proto);
    DefineOwn(proto, m_names.name, Value::String(Intern(name)), kHidden);
    DefineOwn(proto, m_names.message, Value::String(m_names.empty), kHidden);
    return proto;
  };
  DefineOwn(r.error_proto, m_names.name, Value::String(Intern("Error")), kHidden);
  DefineOwn(r.error_proto, m_names.message, Value::String(m_names.empty), kHidden);
  r.type_error_proto = error_subclass("TypeError");
  r.range_error_proto = error_subclass("RangeError");
  r.reference_error_proto = error_subclass("ReferenceError");
  r.syntax_error_proto = error_subclass("SyntaxError");
  r.aggregate_error_proto = error_subclass("AggregateError");
  r.promise_proto = NewObject(r.object_proto);
  r.iterator_proto = NewObject(r.object_proto);
  r.generator_proto = NewObject(r.iterator_proto);
  r.generator_function_proto = NewObject(r.function_proto);
  r.async_iterator_proto = NewObject(r.object_proto);
  r.async_generator_proto = NewObject(r.async_iterator_proto);
  r.async_generator_function_proto = NewObject(r.function_proto);
  r.map_proto = NewObject(r.object_proto);
  r.set_proto = NewObject(r.object_proto);
  r.array_buffer_proto = NewObject(r.object_proto);
  r.shared_array_buffer_proto = NewObject(r.object_proto);
  for (JsObject*& proto : r.typed_array_protos) proto = NewObject(r.object_proto);
  r.global = NewObject(r.object_proto);
  r.module_cache = NewObject(nullptr);
  r.prelude = NewObject(nullptr);
  for (JsObject* proto : {r.object_proto, r.function_proto, r.array_proto, r.string_proto, r.number_proto,
                          r.boolean_proto, r.error_proto, r.promise_proto, r.map_proto, r.set_proto}) {
    proto->set_object_class(ObjClass::Prototype);
  }
}

void Vm::InstallBuiltins() {
  detail::InstallObjectBuiltins(*this);
  detail::InstallErrorBuiltins(*this);
  detail::InstallConsole(*this);
  detail::InstallNumberBuiltins(*this);
  detail::InstallStringBuiltins(*this);
  detail::InstallArrayBuiltins(*this);
  detail::InstallJsonBuiltins(*this);
  detail::InstallPromiseBuiltins(*this);
  detail::InstallCollectionBuiltins(*this);
  detail::InstallModuleBuiltins(*this);
  detail::InstallDateBuiltins(*this);
  detail::InstallTypedArrayBuiltins(*this);
  detail::InstallAtomics(*this);
  detail::InstallRegExpBuiltins(*this);
  detail::InstallGeneratorBuiltins(*this);
  detail::InstallAsyncGeneratorBuiltins(*this);
  detail::InstallSymbolBuiltins(*this);
  detail::SetGlobal(*this, "globalThis", Value::Object(m_realm.global));
  detail::SetGlobal(*this, "NaN", Value::Number(std::nan("")));
  detail::SetGlobal(*this, "Infinity", Value::Number(INFINITY));
}

// The prelude is a program whose module.exports object lists functions by name; each one is
// installed where its name says ("Array.prototype.map", "Promise.all", ...).
namespace {

// Built-in scripts are compiled once per process and shared by every Vm (the code is immutable;
// each Vm makes its own function objects from it), so starting a worker costs no compile.
struct CompiledBuiltin {
  std::shared_ptr<const FunctionCode> code;
  std::string error;  // a compile error (a bug in Threadhouse's own JavaScript)
};

const CompiledBuiltin& CompileBuiltin(std::string_view source) {
  static std::mutex mutex;
  static std::map<const char*, CompiledBuiltin> cache;
  std::lock_guard<std::mutex> lock(mutex);
  auto found = cache.find(source.data());
  if (found != cache.end()) return found->second;
  CompiledBuiltin compiled;
  CompileResult result = CompileProgram(source, kPreludeFile);
  if (result.ok()) {
    MarkBuiltin(*result.program);
    compiled.code = std::shared_ptr<const FunctionCode>(std::move(result.program));
  } else {
    const Diagnostic& diagnostic = result.diagnostics.front();
    compiled.error = diagnostic.message + " at line " + std::to_string(diagnostic.line);
  }
  return cache.emplace(source.data(), std::move(compiled)).first->second;
}

}  // namespace

Value Vm::RunBuiltinScript(std::string_view source, Value internals) {
  const CompiledBuiltin& compiled = CompileBuiltin(source);
  if (!compiled.code) {
    // A bug in Threadhouse's own JavaScript, not the learner's: say so plainly.
    return ThrowSyntaxError("Threadhouse's built-in JavaScript does not compile: " + compiled.error);
  }
  const std::shared_ptr<const FunctionCode>& code = compiled.code;
  FunctionProto* proto = MaterializeProto(code.get(), code);
  TempRoot keep_proto(*this, proto);
  Closure* main = m_heap->New<Closure>(m_realm.function_proto, proto);
  TempRoot keep_main(*this, main);
  JsObject* exports = NewObject();
  TempRoot keep_exports(*this, exports);
  Value args[5] = {Value::Object(exports), internals, Value::Undefined(), Value::Undefined(), Value::Undefined()};
  Value result = Call(Value::Object(main), Value::Object(exports), args, 5);
  if (result.IsException()) return result;
  return Value::Object(exports);
}

void Vm::RunPrelude() {
  // The prelude receives the internal helpers object where a module receives `require`.
  Value result = RunBuiltinScript(detail::kPreludeSource, Value::Object(m_realm.prelude));
  if (result.IsException()) {
    if (m_sink) m_sink->Write(OutputStream::Stderr, "prelude failed\n");
    ClearException();
    m_has_exception = false;
    return;
  }
  JsObject* exports = static_cast<JsObject*>(result.object);
  TempRoot keep_exports(*this, exports);
  for (HeapString* key : OwnKeys(exports)) {
    Value function = Get(Value::Object(exports), key);
    const std::string& path = key->text();
    // "A.b.c" → walk from the global object; the last part names the property.
    JsObject* target = m_realm.global;
    size_t start = 0;
    std::string last;
    while (true) {
      size_t dot = path.find('.', start);
      std::string part = path.substr(start, dot == std::string::npos ? std::string::npos : dot - start);
      if (dot == std::string::npos) {
        last = part;
        break;
      }
      Value next = part == "@" ? Value::Object(m_realm.prelude) : Get(Value::Object(target), Intern(part));
      target = next.IsObject() ? static_cast<JsObject*>(next.object) : m_realm.prelude;
      start = dot + 1;
    }
    if (function.IsObject() && function.object->kind() == ObjKind::Closure) {
      static_cast<Closure*>(function.object)->set_name(Intern(last));
    }
    DefineOwn(target, Intern(last), function, kHidden);
  }
}

namespace detail {

namespace {

// [SECTION] Object and Function
JsObject* RequireObjectArg(Vm& vm, Value value) {
  if (!value.IsObject()) {
    if (value.IsNullish()) {
      vm.ThrowTypeError("Cannot convert undefined or null to object");
    }
    return nullptr;
  }
  return static_cast<JsObject*>(value.object);
}

Value ObjectCtor(Vm& vm, Value, Value* args, int argc, NativeFunction*) {
  Value value = Arg(args, argc, 0);
  if (value.IsObject()) return value;
  return Value::Object(vm.NewObject());
}

Value ObjectKeysImpl(Vm& vm, Value* args, int argc, int mode) {
  Value target = Arg(args, argc, 0);
  if (target.IsNullish()) return vm.ThrowTypeError("Cannot convert undefined or null to object");
  JsArray* result = vm.NewArray();
  TempRoot keep(vm, result);
  if (target.IsString()) {
    HeapString* text = target.AsString();
    for (size_t i = 0; i < text->Length(); ++i) {
      Value key = Value::String(vm.IndexKey(i));
      Value ch = vm.GetElement(target, Value::Number(static_cast<double>(i)));
      TempRoot keep_ch(vm, ch);
      if (mode == 0) result->items().push_back(key);
      if (mode == 1) result->items().push_back(ch);
      if (mode == 2) {
        JsArray* pair = vm.NewArray(2);
        pair->items().push_back(key);
        pair->items().push_back(ch);
        result->items().push_back(Value::Object(pair));
      }
    }
    return Value::Object(result);
  }
  if (!target.IsObject()) return Value::Object(result);
  JsObject* object = static_cast<JsObject*>(target.object);
  for (HeapString* key : vm.OwnKeys(object)) {
    if (mode == 0) {
      result->items().push_back(Value::String(key));
      continue;
    }
    Value value = vm.Get(target, key);
    if (value.IsException()) return value;
    if (mode == 1) {
      result->items().push_back(value);
    } else {
      TempRoot keep_value(vm, value);
      JsArray* pair = vm.NewArray(2);
      pair->items().push_back(Value::String(key));
      pair->items().push_back(value);
      result->items().push_back(Value::Object(pair));
    }
  }
  return Value::Object(result);
}

Value ObjectKeys(Vm& vm, Value, Value* args, int argc, NativeFunction*) { return ObjectKeysImpl(vm, args, argc, 0); }
Value ObjectValues(Vm& vm, Value, Value* args, int argc, NativeFunction*) { return ObjectKeysImpl(vm, args, argc, 1); }
Value ObjectEntries(Vm& vm, Value, Value* args, int argc, NativeFunction*) { return ObjectKeysImpl(vm, args, argc, 2); }

Value ObjectAssign(Vm& vm, Value, Value* args, int argc, NativeFunction*) {
  Value target = Arg(args, argc, 0);
  JsObject* object = RequireObjectArg(vm, target);
  if (!object) return target.IsNullish() ? Value::Exception() : target;
  for (int i = 1; i < argc; ++i) {
    if (!args[i].IsObject()) continue;
    for (HeapString* key : vm.OwnKeys(static_cast<JsObject*>(args[i].object), false, Vm::KeyKinds::Both)) {
      Value value = vm.Get(args[i], key);
      if (value.IsException()) return value;
      if (!vm.Set(target, key, value)) return Value::Exception();
    }
  }
  return target;
}

Value ObjectFreeze(Vm&, Value, Value* args, int argc, NativeFunction*) {
  Value target = Arg(args, argc, 0);
  if (target.IsObject()) {
    static_cast<JsObject*>(target.object)->Freeze();
  }
  return target;
}

Value ObjectIsFrozen(Vm&, Value, Value* args, int argc, NativeFunction*) {
  Value target = Arg(args, argc, 0);
  return Value::Bool(!target.IsObject() || static_cast<JsObject*>(target.object)->frozen());
}

Value ObjectCreate(Vm& vm, Value, Value* args, int argc, NativeFunction*) {
  Value proto = Arg(args, argc, 0);
  if (!proto.IsObject() && !proto.IsNull()) return vm.ThrowTypeError("Object prototype may only be an Object or null: " + Vm::ShownText(proto));
  JsObject* object = vm.NewObject(proto.IsObject() ? static_cast<JsObject*>(proto.object) : nullptr);
  Value properties = Arg(args, argc, 1);
  if (properties.IsObject()) {
    TempRoot keep(vm, object);
    for (HeapString* key : vm.OwnKeys(static_cast<JsObject*>(properties.object), false, Vm::KeyKinds::Both)) {
      Value descriptor = vm.Get(properties, key);
      if (!descriptor.IsObject()) continue;
      Value value = vm.Get(descriptor, vm.names().value);
      Value enumerable = vm.Get(descriptor, vm.Intern("enumerable"));
      Value writable = vm.Get(descriptor, vm.Intern("writable"));
      uint8_t flags = (Vm::ToBoolean(enumerable) ? kEnumerable : 0) | (Vm::ToBoolean(writable) ? kWritable : 0);
      vm.DefineOwn(object, key, value, flags);
    }
  }
  return Value::Object(object);
}

Value ObjectGetPrototypeOf(Vm& vm, Value, Value* args, int argc, NativeFunction*) {
  Value target = Arg(args, argc, 0);
  if (target.IsNullish()) return vm.ThrowTypeError("Cannot convert undefined or null to object");
  JsObject* proto = nullptr;
  if (target.IsObject()) proto = static_cast<JsObject*>(target.object)->proto();
  else if (target.IsString()) proto = vm.realm().string_proto;
  else if (target.IsNumber()) proto = vm.realm().number_proto;
  else if (target.IsBool()) proto = vm.realm().boolean_proto;
  return proto ? Value::Object(proto) : Value::Null();
}

Value ObjectSetPrototypeOf(Vm&, Value, Value* args, int argc, NativeFunction*) {
  Value target = Arg(args, argc, 0);
  Value proto = Arg(args, argc, 1);
  if (target.IsObject() && (proto.IsObject() || proto.IsNull())) {
    static_cast<JsObject*>(target.object)->set_proto(proto.IsObject() ? static_cast<JsObject*>(proto.object) : nullptr);
  }
  return target;
}

Value ObjectDefineProperty(Vm& vm, Value, Value* args, int argc, NativeFunction*) {
  Value target = Arg(args, argc, 0);
  if (!target.IsObject()) return vm.ThrowTypeError("Object.defineProperty called on non-object");
  HeapString* key = vm.ToPropertyKey(Arg(args, argc, 1));
  if (!key) return Value::Exception();
  TempRoot keep_key(vm, key);
  Value descriptor = Arg(args, argc, 2);
  if (!descriptor.IsObject()) return vm.ThrowTypeError("Property description must be an object");
  const uint8_t configurable = Vm::ToBoolean(vm.Get(descriptor, vm.Intern("configurable"))) ? 0 : kNotConfigurable;
  if (Property* fixed = static_cast<JsObject*>(target.object)->props().Find(key);
      fixed && (fixed->flags & kNotConfigurable) &&
      ((fixed->flags & kAccessor) || !(fixed->flags & kWritable) || vm.FindProperty(static_cast<JsObject*>(descriptor.object), vm.names().get) ||
       vm.FindProperty(static_cast<JsObject*>(descriptor.object), vm.names().set))) {
    return vm.ThrowTypeError("Cannot redefine property: " + Vm::KeyText(key));
  }
  Value getter = vm.Get(descriptor, vm.names().get);
  if (getter.IsException()) return getter;
  TempRoot keep_getter(vm, getter);
  Value setter = vm.Get(descriptor, vm.names().set);
  if (setter.IsException()) return setter;
  TempRoot keep_setter(vm, setter);
  if (!getter.IsUndefined() || !setter.IsUndefined()) {
    // An accessor: the pair Vm::Get and Vm::Set call (kAccessor); a half not given keeps what
    // an accessor already there had.
    if (!getter.IsUndefined() && !Vm::IsCallable(getter)) {
      return vm.ThrowTypeError("Getter must be a function: " + Vm::ShownText(getter));
    }
    if (!setter.IsUndefined() && !Vm::IsCallable(setter)) {
      return vm.ThrowTypeError("Setter must be a function: " + Vm::ShownText(setter));
    }
    JsObject* object = static_cast<JsObject*>(target.object);
    JsArray* pair = vm.NewArray();
    TempRoot keep_pair(vm, pair);
    Property* existing = object->props().Find(key);
    const bool was_accessor = existing && (existing->flags & kAccessor);
    const auto& old = was_accessor ? static_cast<JsArray*>(existing->value.object)->items() : pair->items();
    const Value old_getter = was_accessor ? old[0] : Value::Undefined();
    const Value old_setter = was_accessor ? old[1] : Value::Undefined();
    pair->items().push_back(getter.IsUndefined() ? old_getter : getter);
    pair->items().push_back(setter.IsUndefined() ? old_setter : setter);
    const uint8_t flags = kAccessor | configurable | (Vm::ToBoolean(vm.Get(descriptor, vm.Intern("enumerable"))) ? kEnumerable : 0);
    vm.DefineOwn(object, key, Value::Object(pair), flags);
    return target;
  }
  Value value = vm.Get(descriptor, vm.names().value);
  uint8_t flags = (Vm::ToBoolean(vm.Get(descriptor, vm.Intern("enumerable"))) ? kEnumerable : 0) |
                  (Vm::ToBoolean(vm.Get(descriptor, vm.Intern("writable"))) ? kWritable : 0) | configurable;
  vm.DefineOwn(static_cast<JsObject*>(target.object), key, value, flags);
  return target;
}

// { value, writable, enumerable, configurable } or, for an accessor, { get, set, enumerable,
// configurable }; undefined when the object has no such property of its own.
Value ObjectGetOwnPropertyDescriptor(Vm& vm, Value, Value* args, int argc, NativeFunction*) {
  Value target = Arg(args, argc, 0);
  if (target.IsNullish()) return vm.ThrowTypeError("Cannot convert undefined or null to object");
  if (!target.IsObject()) return Value::Undefined();
  HeapString* key = vm.ToPropertyKey(Arg(args, argc, 1));
  if (!key) return Value::Exception();
  TempRoot keep_key(vm, key);
  JsObject* object = static_cast<JsObject*>(target.object);
  bool enumerable = true;
  bool writable = true;
  bool configurable = !object->frozen();
  if (Property* own = object->props().Find(key); own && (own->flags & kNotConfigurable)) configurable = false;
  Value value = Value::Empty();
  Value getter = Value::Empty();
  Value setter = Value::Empty();
  if (Property* property = object->props().Find(key)) {
    enumerable = property->flags & kEnumerable;
    if (property->flags & kAccessor) {
      getter = static_cast<JsArray*>(property->value.object)->items()[0];
      setter = static_cast<JsArray*>(property->value.object)->items()[1];
    } else {
      value = property->value;
      writable = (property->flags & kWritable) && !object->frozen();
    }
  } else if (object->kind() == ObjKind::Array && (key->array_index() >= 0 || key == vm.names().length)) {
    const auto& items = static_cast<JsArray*>(object)->items();
    if (key == vm.names().length) {
      value = Value::Number(static_cast<double>(items.size()));
      enumerable = configurable = false;
    } else if (static_cast<size_t>(key->array_index()) < items.size() && !items[static_cast<size_t>(key->array_index())].IsEmpty()) {
      value = items[static_cast<size_t>(key->array_index())];
    } else {
      return Value::Undefined();
    }
    writable = !object->frozen();
  } else if (object->IsCallable() && (key == vm.names().name || key == vm.names().length)) {
    value = vm.Get(target, key);
    writable = enumerable = false;
  } else {
    return Value::Undefined();
  }
  JsObject* descriptor = vm.NewObject();
  TempRoot keep(vm, descriptor);
  if (value.IsEmpty()) {
    vm.DefineOwn(descriptor, vm.names().get, getter);
    vm.DefineOwn(descriptor, vm.names().set, setter);
  } else {
    vm.DefineOwn(descriptor, vm.names().value, value);
    vm.DefineOwn(descriptor, vm.Intern("writable"), Value::Bool(writable));
  }
  vm.DefineOwn(descriptor, vm.Intern("enumerable"), Value::Bool(enumerable));
  vm.DefineOwn(descriptor, vm.Intern("configurable"), Value::Bool(configurable));
  return Value::Object(descriptor);
}

Value ObjectFromEntries(Vm& vm, Value, Value* args, int argc, NativeFunction*) {
  Value list = Arg(args, argc, 0);
  JsObject* object = vm.NewObject();
  TempRoot keep(vm, object);
  if (Vm::IsArray(list)) {
    for (const Value& entry : static_cast<JsArray*>(list.object)->items()) {
      if (!Vm::IsArray(entry)) continue;
      auto& pair = static_cast<JsArray*>(entry.object)->items();
      HeapString* key = vm.ToPropertyKey(pair.empty() ? Value::Undefined() : pair[0]);
      if (!key) return Value::Exception();
      vm.DefineOwn(object, key, pair.size() > 1 ? pair[1] : Value::Undefined());
    }
  } else if (list.IsObject() && list.object->kind() == ObjKind::Map) {
    for (auto& entry : static_cast<MapObject*>(list.object)->entries) {
      if (entry.deleted) continue;
      HeapString* key = vm.ToPropertyKey(entry.key);
      if (!key) return Value::Exception();
      vm.DefineOwn(object, key, entry.value);
    }
  }
  return Value::Object(object);
}

Value ObjectGetOwnPropertyNames(Vm& vm, Value, Value* args, int argc, NativeFunction*) {
  Value target = Arg(args, argc, 0);
  JsArray* result = vm.NewArray();
  if (!target.IsObject()) return Value::Object(result);
  TempRoot keep(vm, result);
  for (HeapString* key : vm.OwnKeys(static_cast<JsObject*>(target.object), true)) result->items().push_back(Value::String(key));
  if (target.object->kind() == ObjKind::Array) result->items().push_back(Value::String(vm.names().length));
  return Value::Object(result);
}

Value ObjectGetOwnPropertySymbols(Vm& vm, Value, Value* args, int argc, NativeFunction*) {
  Value target = Arg(args, argc, 0);
  JsArray* result = vm.NewArray();
  if (!target.IsObject()) return Value::Object(result);
  TempRoot keep(vm, result);
  for (HeapString* key : vm.OwnKeys(static_cast<JsObject*>(target.object), true, Vm::KeyKinds::Symbols)) {
    result->items().push_back(Value::Symbol(key));
  }
  return Value::Object(result);
}

Value ObjectIs(Vm&, Value, Value* args, int argc, NativeFunction*) {
  Value a = Arg(args, argc, 0), b = Arg(args, argc, 1);
  if (a.IsNumber() && b.IsNumber()) {
    if (std::isnan(a.number) && std::isnan(b.number)) return Value::Bool(true);
    if (a.number == 0 && b.number == 0) return Value::Bool(std::signbit(a.number) == std::signbit(b.number));
    return Value::Bool(a.number == b.number);
  }
  return Value::Bool(Vm::SameValueZero(a, b));
}

Value ObjectHasOwn(Vm& vm, Value target, HeapString* key) {
  if (!target.IsObject()) {
    if (target.IsString()) {
      int64_t index = key->array_index();
      return Value::Bool(key == vm.names().length || (index >= 0 && static_cast<size_t>(index) < target.AsString()->Length()));
    }
    return Value::Bool(false);
  }
  JsObject* object = static_cast<JsObject*>(target.object);
  if (object->kind() == ObjKind::Array) {
    auto& items = static_cast<JsArray*>(object)->items();
    int64_t index = key->array_index();
    if (index >= 0) return Value::Bool(static_cast<size_t>(index) < items.size() && !items[static_cast<size_t>(index)].IsEmpty());
    if (key == vm.names().length) return Value::Bool(true);
  }
  return Value::Bool(object->props().Find(key) != nullptr);
}

Value ObjectHasOwnStatic(Vm& vm, Value, Value* args, int argc, NativeFunction*) {
  HeapString* key = vm.ToPropertyKey(Arg(args, argc, 1));
  if (!key) return Value::Exception();
  return ObjectHasOwn(vm, Arg(args, argc, 0), key);
}

Value ObjectProtoHasOwnProperty(Vm& vm, Value self, Value* args, int argc, NativeFunction*) {
  HeapString* key = vm.ToPropertyKey(Arg(args, argc, 0));
  if (!key) return Value::Exception();
  return ObjectHasOwn(vm, self, key);
}

Value ObjectProtoToString(Vm& vm, Value self, Value*, int, NativeFunction*) {
  if (self.IsUndefined()) return vm.Str("[object Undefined]");
  if (self.IsNull()) return vm.Str("[object Null]");
  if (Vm::IsArray(self)) return vm.Str("[object Array]");
  if (Vm::IsCallable(self)) return vm.Str("[object Function]");
  if (self.IsString()) return vm.Str("[object String]");
  if (self.IsNumber()) return vm.Str("[object Number]");
  if (self.IsBool()) return vm.Str("[object Boolean]");
  if (self.IsObject() || self.IsSymbol()) {
    // A [Symbol.toStringTag] string names the object (Symbol.prototype's says "Symbol").
    Value tag = vm.Get(self, vm.names().toStringTag);
    if (tag.IsException()) return tag;
    if (tag.IsString()) return vm.Str("[object " + tag.AsString()->text() + "]");
  }
  if (self.IsObject() && static_cast<JsObject*>(self.object)->object_class() == ObjClass::Error) return vm.Str("[object Error]");
  if (self.IsObject() && self.object->kind() == ObjKind::Promise) return vm.Str("[object Promise]");
  if (self.IsObject() && self.object->kind() == ObjKind::Generator) return vm.Str("[object Generator]");
  return vm.Str("[object Object]");
}

Value ObjectProtoValueOf(Vm&, Value self, Value*, int, NativeFunction*) { return self; }

Value ObjectProtoIsPrototypeOf(Vm&, Value self, Value* args, int argc, NativeFunction*) {
  Value target = Arg(args, argc, 0);
  if (!target.IsObject() || !self.IsObject()) return Value::Bool(false);
  for (JsObject* p = static_cast<JsObject*>(target.object)->proto(); p; p = p->proto()) {
    if (p == self.object) return Value::Bool(true);
  }
  return Value::Bool(false);
}

Value ObjectProtoPropertyIsEnumerable(Vm& vm, Value self, Value* args, int argc, NativeFunction*) {
  HeapString* key = vm.ToPropertyKey(Arg(args, argc, 0));
  if (!key || !self.IsObject()) return Value::Bool(false);
  if (Vm::IsArray(self) && key->array_index() >= 0) return ObjectHasOwn(vm, self, key);
  Property* property = static_cast<JsObject*>(self.object)->props().Find(key);
  return Value::Bool(property && (property->flags & kEnumerable));
}

Value FunctionBind(Vm& vm, Value self, Value* args, int argc, NativeFunction*) {
  if (!Vm::IsCallable(self)) return vm.ThrowTypeError("Bind must be called on a function");
  BoundFunction* bound = vm.heap().New<BoundFunction>(vm.realm().function_proto, self, Arg(args, argc, 0));
  for (int i = 1; i < argc; ++i) bound->args().push_back(args[i]);
  TempRoot keep(vm, bound);
  Value name = vm.Get(self, vm.names().name);
  bound->set_name(vm.NewString("bound " + (name.IsString() ? name.AsString()->text() : std::string())));
  return Value::Object(bound);
}

Value FunctionToString(Vm& vm, Value self, Value*, int, NativeFunction*) {
  if (self.IsObject() && self.object->kind() == ObjKind::Closure) {
    const std::string& text = static_cast<Closure*>(self.object)->proto()->code()->source_text;
    if (!text.empty()) return vm.Str(text);
  }
  Value name = vm.Get(self, vm.names().name);
  return vm.Str("function " + (name.IsString() ? name.AsString()->text() : std::string()) + "() { [native code] }");
}

Value FunctionCallPlaceholder(Vm&, Value, Value*, int, NativeFunction*) { return Value::Undefined(); }

Value FunctionCtor(Vm& vm, Value, Value*, int, NativeFunction*) {
  return vm.ThrowError("new Function(...) is not supported in Threadhouse yet");
}

// [SECTION] Errors
// A new error of `proto` with `message` (when it is not undefined: ToString of it, even ""), or
// null when ToString threw.
JsObject* NewErrorWithMessage(Vm& vm, JsObject* proto, Value message) {
  std::string text;
  if (!message.IsUndefined()) {
    HeapString* string = vm.ToString(message);
    if (!string) return nullptr;
    text = string->text();
  }
  JsObject* error = vm.NewError(proto, text);
  if (!message.IsUndefined() && text.empty()) {
    vm.DefineOwn(error, vm.names().message, Value::String(vm.names().empty), kHidden);
  }
  return error;
}

Value ErrorCtor(Vm& vm, Value, Value* args, int argc, NativeFunction* self) {
  JsObject* error = NewErrorWithMessage(vm, static_cast<JsObject*>(self->slots[0].object), Arg(args, argc, 0));
  if (!error) return Value::Exception();
  Value options = Arg(args, argc, 1);
  if (options.IsObject()) {
    TempRoot keep(vm, error);
    Property* cause = vm.FindProperty(static_cast<JsObject*>(options.object), vm.names().cause);
    if (cause) vm.DefineOwn(error, vm.names().cause, cause->value, kHidden);
  }
  return Value::Object(error);
}

Value AggregateErrorCtor(Vm& vm, Value, Value* args, int argc, NativeFunction* self) {
  JsObject* error = NewErrorWithMessage(vm, static_cast<JsObject*>(self->slots[0].object), Arg(args, argc, 1));
  if (!error) return Value::Exception();
  TempRoot keep(vm, error);
  JsArray* errors = vm.NewArray();
  TempRoot keep_errors(vm, errors);
  Value list = Arg(args, argc, 0);
  if (Vm::IsArray(list)) errors->items() = static_cast<JsArray*>(list.object)->items();
  vm.DefineOwn(error, vm.names().errors, Value::Object(errors), kHidden);
  return Value::Object(error);
}

Value ErrorProtoToString(Vm& vm, Value self, Value*, int, NativeFunction*) {
  if (!self.IsObject()) return vm.ThrowTypeError("Error.prototype.toString requires that 'this' be an Object");
  Value name = vm.Get(self, vm.names().name);
  Value message = vm.Get(self, vm.names().message);
  // Each text is copied out at once: the second conversion may allocate (and collect).
  HeapString* name_text = name.IsUndefined() ? vm.Intern("Error") : vm.ToString(name);
  if (!name_text) return Value::Exception();
  const std::string n = name_text->text();
  HeapString* message_text = message.IsUndefined() ? vm.names().empty : vm.ToString(message);
  if (!message_text) return Value::Exception();
  const std::string m = message_text->text();
  if (n.empty()) return vm.Str(m);
  if (m.empty()) return vm.Str(n);
  return vm.Str(n + ": " + m);
}

Value ErrorCaptureStackTrace(Vm&, Value, Value*, int, NativeFunction*) { return Value::Undefined(); }

// [SECTION] console
// Writes one console line, indented by console.group as Node does (every line of it).
void ConsoleEmit(Vm& vm, OutputStream stream, const std::string& text) {
  int indent = vm.console_state().indent;
  std::string line;
  if (indent > 0) {
    std::string pad(static_cast<size_t>(indent), ' ');
    line = pad;
    for (char c : text) {
      line += c;
      if (c == '\n') line += pad;
    }
  } else {
    line = text;
  }
  line += "\n";
  if (vm.sink()) vm.sink()->Write(stream, line);
}

Value ConsoleWrite(Vm& vm, Value* args, int argc, OutputStream stream) {
  std::string line;
  if (!FormatLogArguments(vm, args, argc, &line)) return Value::Exception();
  ConsoleEmit(vm, stream, line);
  return Value::Undefined();
}

std::string LabelArg(Vm& vm, Value* args, int argc) {
  if (argc == 0 || args[0].IsUndefined()) return "default";
  HeapString* text = vm.ToString(args[0]);
  return text ? text->text() : "default";
}

Value ConsoleGroup(Vm& vm, Value, Value* args, int argc, NativeFunction*) {
  if (argc > 0) {
    Value result = ConsoleWrite(vm, args, argc, OutputStream::Stdout);
    if (result.IsException()) return result;
  }
  vm.console_state().indent += 2;
  return Value::Undefined();
}

Value ConsoleGroupEnd(Vm& vm, Value, Value*, int, NativeFunction*) {
  int& indent = vm.console_state().indent;
  indent = indent >= 2 ? indent - 2 : 0;
  return Value::Undefined();
}

Value ConsoleCount(Vm& vm, Value, Value* args, int argc, NativeFunction*) {
  std::string label = LabelArg(vm, args, argc);
  int count = ++vm.console_state().counts[label];
  ConsoleEmit(vm, OutputStream::Stdout, label + ": " + std::to_string(count));
  return Value::Undefined();
}

Value ConsoleCountReset(Vm& vm, Value, Value* args, int argc, NativeFunction*) {
  vm.console_state().counts[LabelArg(vm, args, argc)] = 0;
  return Value::Undefined();
}

Value ConsoleTime(Vm& vm, Value, Value* args, int argc, NativeFunction*) {
  vm.console_state().timers[LabelArg(vm, args, argc)] = vm.host()->NowMs(vm);
  return Value::Undefined();
}

// console.timeEnd / timeLog: "label: 1.234ms" (or seconds past 1 s), from the host's clock.
Value ConsoleTimeReport(Vm& vm, Value* args, int argc, bool end) {
  std::string label = LabelArg(vm, args, argc);
  auto& timers = vm.console_state().timers;
  auto found = timers.find(label);
  if (found == timers.end()) {
    ConsoleEmit(vm, OutputStream::Stderr, "Warning: No such label '" + label + "' for console.time" + (end ? "End()" : "Log()"));
    return Value::Undefined();
  }
  double elapsed = vm.host()->NowMs(vm) - found->second;
  char buffer[64];
  if (elapsed >= 1000) {
    std::snprintf(buffer, sizeof buffer, "%.3fs", elapsed / 1000);
  } else {
    std::snprintf(buffer, sizeof buffer, "%.3fms", elapsed);
  }
  std::string text = buffer;
  // Node trims trailing zeros of the fraction (0.040ms prints as 0.04ms).
  size_t unit = text.find_first_not_of("0123456789.");
  std::string number = text.substr(0, unit), suffix = text.substr(unit);
  if (number.find('.') != std::string::npos) {
    while (number.back() == '0') number.pop_back();
    if (number.back() == '.') number.pop_back();
  }
  ConsoleEmit(vm, OutputStream::Stdout, label + ": " + number + suffix);
  if (end) timers.erase(found);
  return Value::Undefined();
}
Value ConsoleTimeEnd(Vm& vm, Value, Value* args, int argc, NativeFunction*) { return ConsoleTimeReport(vm, args, argc, true); }
Value ConsoleTimeLog(Vm& vm, Value, Value* args, int argc, NativeFunction*) { return ConsoleTimeReport(vm, args, argc, false); }

Value ConsoleDir(Vm& vm, Value, Value* args, int argc, NativeFunction*) {
  InspectOptions options;
  ConsoleEmit(vm, OutputStream::Stdout, Inspect(vm, Arg(args, argc, 0), options));
  return Value::Undefined();
}
Value ConsoleLog(Vm& vm, Value, Value* args, int argc, NativeFunction*) { return ConsoleWrite(vm, args, argc, OutputStream::Stdout); }
Value ConsoleError(Vm& vm, Value, Value* args, int argc, NativeFunction*) { return ConsoleWrite(vm, args, argc, OutputStream::Stderr); }
Value ConsoleAssert(Vm& vm, Value, Value* args, int argc, NativeFunction*) {
  if (Vm::ToBoolean(Arg(args, argc, 0))) return Value::Undefined();
  std::string line = "Assertion failed";
  if (argc > 1) {
    std::string rest;
    if (!FormatLogArguments(vm, args + 1, argc - 1, &rest)) return Value::Exception();
    line += ": " + rest;
  }
  ConsoleEmit(vm, OutputStream::Stderr, line);
  return Value::Undefined();
}

// [SECTION] require
// require(name): the module cache, then the host (Node's modules, the program's files); a name
// nobody provides is MODULE_NOT_FOUND, as in Node.
Value Require(Vm& vm, Value, Value* args, int argc, NativeFunction*) {
  Value name_value = Arg(args, argc, 0);
  if (!name_value.IsString()) {
    return vm.ThrowTypeError("The \"id\" argument must be of type string.");
  }
  std::string name = name_value.AsString()->text();
  if (name.rfind("node:", 0) == 0) name = name.substr(5);
  HeapString* key = vm.Intern(name);
  if (Property* cached = vm.realm().module_cache->props().Find(key)) return cached->value;
  Value module = vm.host()->RequireModule(vm, name);
  if (module.IsException()) return module;
  if (!module.IsEmpty()) {
    TempRoot keep(vm, module);
    vm.DefineOwn(vm.realm().module_cache, key, module);
    return module;
  }
  JsObject* error = vm.NewError(vm.realm().error_proto, "Cannot find module '" + name + "'");
  TempRoot keep(vm, error);
  vm.DefineOwn(error, vm.names().code, vm.Str("MODULE_NOT_FOUND"));
  return vm.Throw(Value::Object(error));
}

}  // namespace

void InstallObjectBuiltins(Vm& vm) {
  Vm::Realm& r = vm.realm();
  NativeFunction* object = InstallConstructor(vm, "Object", ObjectCtor, 1, r.object_proto);
  vm.DefineMethod(object, "keys", ObjectKeys, 1);
  vm.DefineMethod(object, "values", ObjectValues, 1);
  vm.DefineMethod(object, "entries", ObjectEntries, 1);
  vm.DefineMethod(object, "assign", ObjectAssign, 2);
  vm.DefineMethod(object, "freeze", ObjectFreeze, 1);
  vm.DefineMethod(object, "isFrozen", ObjectIsFrozen, 1);
  vm.DefineMethod(object, "create", ObjectCreate, 2);
  vm.DefineMethod(object, "getPrototypeOf", ObjectGetPrototypeOf, 1);
  vm.DefineMethod(object, "setPrototypeOf", ObjectSetPrototypeOf, 2);
  vm.DefineMethod(object, "defineProperty", ObjectDefineProperty, 3);
  vm.DefineMethod(object, "getOwnPropertyDescriptor", ObjectGetOwnPropertyDescriptor, 2);
  vm.DefineMethod(object, "fromEntries", ObjectFromEntries, 1);
  vm.DefineMethod(object, "getOwnPropertyNames", ObjectGetOwnPropertyNames, 1);
  vm.DefineMethod(object, "getOwnPropertySymbols", ObjectGetOwnPropertySymbols, 1);
  vm.DefineMethod(object, "is", ObjectIs, 2);
  vm.DefineMethod(object, "hasOwn", ObjectHasOwnStatic, 2);
  vm.DefineMethod(r.object_proto, "hasOwnProperty", ObjectProtoHasOwnProperty, 1);
  vm.DefineMethod(r.object_proto, "toString", ObjectProtoToString, 0);
  vm.DefineMethod(r.object_proto, "toLocaleString", ObjectProtoToString, 0);
  vm.DefineMethod(r.object_proto, "valueOf", ObjectProtoValueOf, 0);
  vm.DefineMethod(r.object_proto, "isPrototypeOf", ObjectProtoIsPrototypeOf, 1);
  vm.DefineMethod(r.object_proto, "propertyIsEnumerable", ObjectProtoPropertyIsEnumerable, 1);

  NativeFunction* function = InstallConstructor(vm, "Function", FunctionCtor, 1, r.function_proto);
  (void)function;
  NativeFunction* call = vm.NewNative("call", FunctionCallPlaceholder, 1);
  call->set_native_kind(NativeKind::FunctionCall);
  vm.DefineOwn(r.function_proto, vm.Intern("call"), Value::Object(call), kHidden);
  NativeFunction* apply = vm.NewNative("apply", FunctionCallPlaceholder, 2);
  apply->set_native_kind(NativeKind::FunctionApply);
  vm.DefineOwn(r.function_proto, vm.Intern("apply"), Value::Object(apply), kHidden);
  vm.DefineMethod(r.function_proto, "bind", FunctionBind, 1);
  vm.DefineMethod(r.function_proto, "toString", FunctionToString, 0);
}

void InstallErrorBuiltins(Vm& vm) {
  Vm::Realm& r = vm.realm();
  NativeFunction* error = InstallConstructor(vm, "Error", ErrorCtor, 1, r.error_proto);
  vm.DefineMethod(error, "captureStackTrace", ErrorCaptureStackTrace, 1);
  vm.DefineMethod(r.error_proto, "toString", ErrorProtoToString, 0);
  struct Sub {
    const char* name;
    JsObject* proto;
  };
  for (Sub sub : {Sub{"TypeError", r.type_error_proto}, Sub{"RangeError", r.range_error_proto},
                  Sub{"ReferenceError", r.reference_error_proto}, Sub{"SyntaxError", r.syntax_error_proto}}) {
    NativeFunction* constructor = InstallConstructor(vm, sub.name, ErrorCtor, 1, sub.proto);
    constructor->set_proto(error);
  }
  NativeFunction* aggregate = InstallConstructor(vm, "AggregateError", AggregateErrorCtor, 2, r.aggregate_error_proto);
  aggregate->set_proto(error);
  // EvalError and URIError exist in every engine; they are plain subclasses here too.
  for (const char* name : {"EvalError", "URIError"}) {
    JsObject* proto = vm.NewObject(r.error_proto);
    TempRoot keep(vm, proto);
    vm.DefineOwn(proto, vm.names().name, vm.Str(name), kHidden);
    vm.DefineOwn(proto, vm.names().message, Value::String(vm.names().empty), kHidden);
    InstallConstructor(vm, name, ErrorCtor, 1, proto)->set_proto(error);
  }
}

void InstallConsole(Vm& vm) {
  JsObject* console = vm.NewObject();
  TempRoot keep(vm, console);
  vm.DefineMethod(console, "log", ConsoleLog, 0);
  vm.DefineMethod(console, "info", ConsoleLog, 0);
  vm.DefineMethod(console, "debug", ConsoleLog, 0);
  vm.DefineMethod(console, "warn", ConsoleError, 0);
  vm.DefineMethod(console, "error", ConsoleError, 0);
  vm.DefineMethod(console, "trace", ConsoleError, 0);
  vm.DefineMethod(console, "assert", ConsoleAssert, 0);
  vm.DefineMethod(console, "group", ConsoleGroup, 0);
  vm.DefineMethod(console, "groupCollapsed", ConsoleGroup, 0);
  vm.DefineMethod(console, "groupEnd", ConsoleGroupEnd, 0);
  vm.DefineMethod(console, "count", ConsoleCount, 0);
  vm.DefineMethod(console, "countReset", ConsoleCountReset, 0);
  vm.DefineMethod(console, "time", ConsoleTime, 0);
  vm.DefineMethod(console, "timeEnd", ConsoleTimeEnd, 0);
  vm.DefineMethod(console, "timeLog", ConsoleTimeLog, 0);
  vm.DefineMethod(console, "dir", ConsoleDir, 0);
  SetGlobal(vm, "console", Value::Object(console));
}

void InstallModuleBuiltins(Vm& vm) {
  NativeFunction* require = vm.NewNative("require", Require, 1);
  TempRoot keep(vm, require);
  vm.DefineOwn(vm.realm().prelude, vm.Intern("require"), Value::Object(require), kHidden);
}

}  // namespace detail

}  // namespace th
