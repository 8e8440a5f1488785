// Symbol: the function (not a constructor), Symbol.for's registry, the well-known symbols, and
// Symbol.prototype. Also what makes the built-in iterables iterable by the protocol: their
// [Symbol.iterator] methods, so `arr[Symbol.iterator]()` and user code that asks for one work.
#include "vm/builtins.h"

namespace th {

HeapString* Vm::NewSymbol(std::string description, bool has_description) {
  // Never NewString: that can hand out a shared (interned) string, and a symbol must be new.
  HeapString* symbol = m_heap->New<HeapString>(std::move(description));
  symbol->MakeSymbol(has_description);
  return symbol;
}

HeapString* Vm::RegisteredSymbol(const std::string& key) {
  auto found = m_symbol_registry.find(key);
  if (found != m_symbol_registry.end()) return found->second;
  HeapString* symbol = NewSymbol(key);
  m_symbol_registry.emplace(key, symbol);
  return symbol;
}

namespace detail {
namespace {

// Symbol(description): `new Symbol()` is refused by the function not being a constructor.
Value SymbolCall(Vm& vm, Value, Value* args, int argc, NativeFunction*) {
  Value description = Arg(args, argc, 0);
  if (description.IsUndefined()) return Value::Symbol(vm.NewSymbol("", false));
  HeapString* text = vm.ToString(description);
  if (!text) return Value::Exception();
  return Value::Symbol(vm.NewSymbol(text->text()));
}

Value SymbolFor(Vm& vm, Value, Value* args, int argc, NativeFunction*) {
  HeapString* key = vm.ToString(Arg(args, argc, 0));
  if (!key) return Value::Exception();
  return Value::Symbol(vm.RegisteredSymbol(key->text()));
}

Value SymbolKeyFor(Vm& vm, Value, Value* args, int argc, NativeFunction*) {
  Value symbol = Arg(args, argc, 0);
  if (!symbol.IsSymbol()) {
    HeapString* shown = symbol.IsObject() ? vm.Intern("[object Object]") : vm.ToString(symbol);
    return vm.ThrowTypeError((shown ? shown->text() : std::string()) + " is not a symbol");
  }
  HeapString* key = symbol.AsString();
  if (vm.RegisteredSymbol(key->text()) != key) return Value::Undefined();
  return Value::String(vm.NewString(key->text()));
}

// Symbol.prototype.toString and valueOf need a symbol as `this`.
HeapString* ThisSymbol(Vm& vm, Value self, const char* method) {
  if (self.IsSymbol()) return self.AsString();
  vm.ThrowTypeError(std::string("Symbol.prototype.") + method + " requires that 'this' be a Symbol");
  return nullptr;
}

Value SymbolToString(Vm& vm, Value self, Value*, int, NativeFunction*) {
  HeapString* symbol = ThisSymbol(vm, self, "toString");
  return symbol ? vm.Str(Vm::SymbolText(symbol)) : Value::Exception();
}

Value SymbolValueOf(Vm& vm, Value self, Value*, int, NativeFunction*) {
  HeapString* symbol = ThisSymbol(vm, self, "valueOf");
  return symbol ? Value::Symbol(symbol) : Value::Exception();
}

// [Symbol.iterator]() of strings, and of iterators themselves (which return `this`).
Value StringIterator(Vm& vm, Value self, Value*, int, NativeFunction*) {
  if (self.IsNullish()) return vm.ThrowTypeError("String.prototype[Symbol.iterator] called on null or undefined");
  HeapString* text = vm.ToString(self);
  if (!text) return Value::Exception();
  return vm.MakeIterator(Value::String(text));
}

Value ReturnThis(Vm&, Value self, Value*, int, NativeFunction*) { return self; }

void DefineSymbolMethod(Vm& vm, JsObject* object, HeapString* symbol, std::string_view name, NativeFn fn) {
  NativeFunction* native = vm.NewNative(name, fn, 0);
  TempRoot keep(vm, native);
  vm.DefineOwn(object, symbol, Value::Object(native), kHidden);
}

// prototype[Symbol.iterator] = prototype[method], the same function object, as in V8.
void AliasIterator(Vm& vm, JsObject* prototype, std::string_view method) {
  Property* own = prototype->props().Find(vm.Intern(method));
  if (own) vm.DefineOwn(prototype, vm.names().iterator, own->value, kHidden);
}

}  // namespace

void InstallSymbolBuiltins(Vm& vm) {
  Vm::Realm& r = vm.realm();
  const Vm::Names& n = vm.names();
  NativeFunction* symbol = vm.NewNative("Symbol", SymbolCall, 0);
  TempRoot keep(vm, symbol);
  vm.DefineOwn(symbol, n.prototype, Value::Object(r.symbol_proto), 0);
  vm.DefineOwn(r.symbol_proto, n.constructor, Value::Object(symbol), kHidden);
  SetGlobal(vm, "Symbol", Value::Object(symbol));
  vm.DefineMethod(symbol, "for", SymbolFor, 1);
  vm.DefineMethod(symbol, "keyFor", SymbolKeyFor, 1);
  const std::pair<const char*, HeapString*> well_known[] = {
      {"iterator", n.iterator},       {"asyncIterator", n.asyncIterator}, {"hasInstance", n.hasInstance},
      {"toPrimitive", n.toPrimitive}, {"toStringTag", n.toStringTag},
  };
  for (const auto& [name, value] : well_known) vm.DefineOwn(symbol, vm.Intern(name), Value::Symbol(value), 0);

  vm.DefineMethod(r.symbol_proto, "toString", SymbolToString, 0);
  vm.DefineMethod(r.symbol_proto, "valueOf", SymbolValueOf, 0);
  vm.DefineOwn(r.symbol_proto, n.toStringTag, Value::String(vm.Intern("Symbol")), 0);

  AliasIterator(vm, r.array_proto, "values");
  AliasIterator(vm, r.map_proto, "entries");
  AliasIterator(vm, r.set_proto, "values");
  for (JsObject* typed : r.typed_array_protos) AliasIterator(vm, typed, "values");
  DefineSymbolMethod(vm, r.string_proto, n.iterator, "[Symbol.iterator]", StringIterator);
  DefineSymbolMethod(vm, r.iterator_proto, n.iterator, "[Symbol.iterator]", ReturnThis);
  vm.DefineOwn(r.generator_proto, n.toStringTag, Value::String(vm.Intern("Generator")), 0);
  DefineSymbolMethod(vm, r.async_iterator_proto, n.asyncIterator, "[Symbol.asyncIterator]", ReturnThis);
  vm.DefineOwn(r.async_generator_proto, n.toStringTag, Value::String(vm.Intern("AsyncGenerator")), 0);
  vm.DefineOwn(r.async_generator_function_proto, n.toStringTag, Value::String(vm.Intern("AsyncGeneratorFunction")), 0);
  vm.DefineOwn(r.generator_function_proto, n.toStringTag, Value::String(vm.Intern("GeneratorFunction")), 0);
}

}  // namespace detail
}  // namespace th
