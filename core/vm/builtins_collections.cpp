// Map and Set: the constructors and their prototype methods. The table itself (insertion
// order, SameValueZero lookup through a hash index) is MapObject's (collections.cpp).
#include "vm/builtins.h"

namespace th::detail {

namespace {

MapObject* ThisMap(Vm& vm, Value self, bool is_set, const char* method) {
  if (self.IsObject() && self.object->kind() == ObjKind::Map && static_cast<MapObject*>(self.object)->is_set == is_set) {
    return static_cast<MapObject*>(self.object);
  }
  vm.ThrowTypeError(std::string("Method ") + (is_set ? "Set" : "Map") + ".prototype." + method +
                    " called on incompatible receiver");
  return nullptr;
}

Value CollectionCtor(Vm& vm, Value self, Value* args, int argc, NativeFunction* native) {
  bool is_set = native->slots[1].IsBool() && native->slots[1].boolean;
  if (!self.IsEmpty()) return vm.ThrowTypeError(std::string("Constructor ") + (is_set ? "Set" : "Map") + " requires 'new'");
  MapObject* map = vm.heap().New<MapObject>(static_cast<JsObject*>(native->slots[0].object), is_set);
  TempRoot keep(vm, map);
  Value source = Arg(args, argc, 0);
  if (source.IsNullish()) return Value::Object(map);
  if (!vm.IsIterable(source)) return vm.ThrowNotIterable(source);
  Value iterator = vm.MakeIterator(source);
  if (iterator.IsException()) return iterator;
  TempRoot keep_iterator(vm, iterator);
  while (true) {
    Value next = vm.IteratorStep(static_cast<IteratorObject*>(iterator.object));
    if (next.IsEmpty()) break;
    if (next.IsException()) return next;
    if (is_set) {
      map->Put(next, next);
    } else {
      if (!next.IsObject()) {
        return vm.ThrowTypeError("Iterator value " + Vm::ShownText(next) + " is not an entry object");
      }
      TempRoot keep_next(vm, next);
      Value key = vm.GetElement(next, Value::Number(0));
      if (key.IsException()) return key;
      TempRoot keep_key(vm, key);
      Value value = vm.GetElement(next, Value::Number(1));
      if (value.IsException()) return value;
      map->Put(key, value);
    }
  }
  return Value::Object(map);
}

Value MapGet(Vm& vm, Value self, Value* args, int argc, NativeFunction*) {
  MapObject* map = ThisMap(vm, self, false, "get");
  if (!map) return Value::Exception();
  const MapObject::Entry* entry = map->Find(Arg(args, argc, 0));
  return entry ? entry->value : Value::Undefined();
}
Value MapSet(Vm& vm, Value self, Value* args, int argc, NativeFunction*) {
  MapObject* map = ThisMap(vm, self, false, "set");
  if (!map) return Value::Exception();
  map->Put(Arg(args, argc, 0), Arg(args, argc, 1));
  return self;
}
Value SetAdd(Vm& vm, Value self, Value* args, int argc, NativeFunction*) {
  MapObject* map = ThisMap(vm, self, true, "add");
  if (!map) return Value::Exception();
  map->Put(Arg(args, argc, 0), Arg(args, argc, 0));
  return self;
}
Value CollectionHas(Vm& vm, Value self, Value* args, int argc, NativeFunction* native) {
  MapObject* map = ThisMap(vm, self, native->slots[1].boolean, "has");
  if (!map) return Value::Exception();
  return Value::Bool(map->Find(Arg(args, argc, 0)) != nullptr);
}
Value CollectionDelete(Vm& vm, Value self, Value* args, int argc, NativeFunction* native) {
  MapObject* map = ThisMap(vm, self, native->slots[1].boolean, "delete");
  if (!map) return Value::Exception();
  return Value::Bool(map->Remove(Arg(args, argc, 0)));
}
Value CollectionClear(Vm& vm, Value self, Value*, int, NativeFunction* native) {
  MapObject* map = ThisMap(vm, self, native->slots[1].boolean, "clear");
  if (!map) return Value::Exception();
  map->Clear();
  return Value::Undefined();
}
Value CollectionIterator(Vm& vm, Value self, NativeFunction* native, uint8_t kind) {
  MapObject* map = ThisMap(vm, self, native->slots[1].boolean, "entries");
  if (!map) return Value::Exception();
  IteratorObject* it = vm.heap().New<IteratorObject>(vm.realm().iterator_proto, IteratorObject::Source::Map, self);
  it->map_kind = kind;
  return Value::Object(it);
}
Value CollectionEntries(Vm& vm, Value self, Value*, int, NativeFunction* native) {
  return CollectionIterator(vm, self, native, native->slots[1].boolean ? 3 : 0);
}
Value CollectionKeys(Vm& vm, Value self, Value*, int, NativeFunction* native) { return CollectionIterator(vm, self, native, 1); }
Value CollectionValues(Vm& vm, Value self, Value*, int, NativeFunction* native) { return CollectionIterator(vm, self, native, 2); }

void DefineCollectionMethod(Vm& vm, JsObject* proto, std::string_view name, NativeFn fn, int length, bool is_set) {
  NativeFunction* native = vm.NewNative(name, fn, length);
  native->slots[1] = Value::Bool(is_set);
  TempRoot keep(vm, native);
  vm.DefineOwn(proto, vm.Intern(name), Value::Object(native), kHidden);
}

}  // namespace

void InstallCollectionBuiltins(Vm& vm) {
  Vm::Realm& r = vm.realm();
  for (bool is_set : {false, true}) {
    JsObject* proto = is_set ? r.set_proto : r.map_proto;
    NativeFunction* constructor = InstallConstructor(vm, is_set ? "Set" : "Map", CollectionCtor, 0, proto);
    constructor->slots[1] = Value::Bool(is_set);
    if (is_set) {
      DefineCollectionMethod(vm, proto, "add", SetAdd, 1, true);
    } else {
      DefineCollectionMethod(vm, proto, "get", MapGet, 1, false);
      DefineCollectionMethod(vm, proto, "set", MapSet, 2, false);
    }
    DefineCollectionMethod(vm, proto, "has", CollectionHas, 1, is_set);
    DefineCollectionMethod(vm, proto, "delete", CollectionDelete, 1, is_set);
    DefineCollectionMethod(vm, proto, "clear", CollectionClear, 0, is_set);
    DefineCollectionMethod(vm, proto, "entries", CollectionEntries, 0, is_set);
    DefineCollectionMethod(vm, proto, "keys", is_set ? CollectionValues : CollectionKeys, 0, is_set);
    DefineCollectionMethod(vm, proto, "values", CollectionValues, 0, is_set);
  }
}

}  // namespace th::detail
