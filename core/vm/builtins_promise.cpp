// Promise (constructor, then, resolve, reject), queueMicrotask, and the Map/Set collections.
// Promise.all/allSettled/race/any, catch and finally are in the JavaScript prelude.
#include "vm/builtins.h"

namespace th::detail {

namespace {

Value PromiseCtorPlaceholder(Vm& vm, Value, Value*, int, NativeFunction*) {
  // The interpreter handles `new Promise(executor)` itself (NativeKind::PromiseCtor) so the
  // executor runs as a frame; reaching here means a call from C++.
  return vm.ThrowTypeError("Promise constructor cannot be invoked without 'new'");
}

Value PromiseThen(Vm& vm, Value self, Value* args, int argc, NativeFunction*) {
  if (!self.IsObject() || self.object->kind() != ObjKind::Promise) {
    return vm.ThrowTypeError("Method Promise.prototype.then called on incompatible receiver " +
                             (self.IsObject() ? std::string("#<Object>") : vm.ToString(self)->text()));
  }
  JsPromise* derived = vm.NewPromise();
  TempRoot keep(vm, derived);
  vm.PerformPromiseThen(static_cast<JsPromise*>(self.object), Arg(args, argc, 0), Arg(args, argc, 1), derived);
  return Value::Object(derived);
}

Value PromiseResolveStatic(Vm& vm, Value, Value* args, int argc, NativeFunction*) {
  return vm.PromiseResolve(Arg(args, argc, 0));
}

Value PromiseRejectStatic(Vm& vm, Value, Value* args, int argc, NativeFunction*) {
  JsPromise* promise = vm.NewPromise();
  TempRoot keep(vm, promise);
  vm.RejectPromise(promise, Arg(args, argc, 0));
  return Value::Object(promise);
}

// For the prelude: a new pending promise with its resolving functions, as [promise, resolve, reject].
Value PromiseWithResolvers(Vm& vm, Value, Value*, int, NativeFunction*) {
  JsPromise* promise = vm.NewPromise();
  TempRoot keep(vm, promise);
  auto [resolve, reject] = vm.CreateResolvingFunctions(promise);
  TempRoot keep_resolve(vm, resolve);
  TempRoot keep_reject(vm, reject);
  JsObject* result = vm.NewObject();
  TempRoot keep_result(vm, result);
  vm.DefineOwn(result, vm.Intern("promise"), Value::Object(promise));
  vm.DefineOwn(result, vm.Intern("resolve"), Value::Object(resolve));
  vm.DefineOwn(result, vm.Intern("reject"), Value::Object(reject));
  return Value::Object(result);
}

Value IsPromise(Vm&, Value, Value* args, int argc, NativeFunction*) {
  Value v = Arg(args, argc, 0);
  return Value::Bool(v.IsObject() && v.object->kind() == ObjKind::Promise);
}

Value QueueMicrotask(Vm& vm, Value, Value* args, int argc, NativeFunction*) {
  Value callback = Arg(args, argc, 0);
  if (!Vm::IsCallable(callback)) {
    return vm.ThrowTypeError("The \"callback\" argument must be of type function.");
  }
  vm.EnqueueJob(JobKind::Callback, callback, Value::Undefined(), Value::Undefined());
  return Value::Undefined();
}

// Map and Set -----------------------------------------------------------------------------
MapObject* ThisMap(Vm& vm, Value self, bool is_set, const char* method) {
  if (self.IsObject() && self.object->kind() == ObjKind::Map && static_cast<MapObject*>(self.object)->is_set == is_set) {
    return static_cast<MapObject*>(self.object);
  }
  vm.ThrowTypeError(std::string("Method ") + (is_set ? "Set" : "Map") + ".prototype." + method +
                    " called on incompatible receiver");
  return nullptr;
}

long FindEntry(MapObject* map, Value key) {
  for (size_t i = 0; i < map->entries.size(); ++i) {
    const MapObject::Entry& entry = map->entries[i];
    if (!entry.deleted && Vm::SameValueZero(entry.key, key)) return static_cast<long>(i);
  }
  return -1;
}

void MapPut(Vm& vm, MapObject* map, Value key, Value value) {
  if (key.IsNumber() && key.number == 0) key = Value::Number(0);  // -0 is stored as +0
  long index = FindEntry(map, key);
  if (index >= 0) {
    map->entries[static_cast<size_t>(index)].value = value;
    return;
  }
  map->entries.push_back({key, value, false});
  ++map->live;
  vm.heap().NoteGrowth(sizeof(MapObject::Entry));
}

Value CollectionCtor(Vm& vm, Value self, Value* args, int argc, NativeFunction* native) {
  bool is_set = native->slots[1].IsBool() && native->slots[1].boolean;
  if (!self.IsEmpty()) return vm.ThrowTypeError(std::string("Constructor ") + (is_set ? "Set" : "Map") + " requires 'new'");
  MapObject* map = vm.heap().New<MapObject>(static_cast<JsObject*>(native->slots[0].object), is_set);
  TempRoot keep(vm, map);
  Value source = Arg(args, argc, 0);
  if (source.IsNullish()) return Value::Object(map);
  Value iterator = vm.MakeIterator(source);
  if (iterator.IsException()) return iterator;
  TempRoot keep_iterator(vm, iterator);
  while (true) {
    Value next = vm.IteratorStep(static_cast<IteratorObject*>(iterator.object));
    if (next.IsEmpty()) break;
    if (next.IsException()) return next;
    if (is_set) {
      MapPut(vm, map, next, next);
    } else {
      if (!next.IsObject()) {
        return vm.ThrowTypeError("Iterator value " + vm.ToString(next)->text() + " is not an entry object");
      }
      TempRoot keep_next(vm, next);
      Value key = vm.GetElement(next, Value::Number(0));
      if (key.IsException()) return key;
      TempRoot keep_key(vm, key);
      Value value = vm.GetElement(next, Value::Number(1));
      if (value.IsException()) return value;
      MapPut(vm, map, key, value);
    }
  }
  return Value::Object(map);
}

Value MapGet(Vm& vm, Value self, Value* args, int argc, NativeFunction*) {
  MapObject* map = ThisMap(vm, self, false, "get");
  if (!map) return Value::Exception();
  long index = FindEntry(map, Arg(args, argc, 0));
  return index < 0 ? Value::Undefined() : map->entries[static_cast<size_t>(index)].value;
}
Value MapSet(Vm& vm, Value self, Value* args, int argc, NativeFunction*) {
  MapObject* map = ThisMap(vm, self, false, "set");
  if (!map) return Value::Exception();
  MapPut(vm, map, Arg(args, argc, 0), Arg(args, argc, 1));
  return self;
}
Value SetAdd(Vm& vm, Value self, Value* args, int argc, NativeFunction*) {
  MapObject* map = ThisMap(vm, self, true, "add");
  if (!map) return Value::Exception();
  MapPut(vm, map, Arg(args, argc, 0), Arg(args, argc, 0));
  return self;
}
Value CollectionHas(Vm& vm, Value self, Value* args, int argc, NativeFunction* native) {
  MapObject* map = ThisMap(vm, self, native->slots[1].boolean, "has");
  if (!map) return Value::Exception();
  return Value::Bool(FindEntry(map, Arg(args, argc, 0)) >= 0);
}
Value CollectionDelete(Vm& vm, Value self, Value* args, int argc, NativeFunction* native) {
  MapObject* map = ThisMap(vm, self, native->slots[1].boolean, "delete");
  if (!map) return Value::Exception();
  long index = FindEntry(map, Arg(args, argc, 0));
  if (index < 0) return Value::Bool(false);
  MapObject::Entry& entry = map->entries[static_cast<size_t>(index)];
  entry.deleted = true;
  entry.key = entry.value = Value::Undefined();
  --map->live;
  return Value::Bool(true);
}
Value CollectionClear(Vm& vm, Value self, Value*, int, NativeFunction* native) {
  MapObject* map = ThisMap(vm, self, native->slots[1].boolean, "clear");
  if (!map) return Value::Exception();
  for (auto& entry : map->entries) {
    entry.deleted = true;
    entry.key = entry.value = Value::Undefined();
  }
  map->live = 0;
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

void InstallPromiseBuiltins(Vm& vm) {
  Vm::Realm& r = vm.realm();
  NativeFunction* promise = InstallConstructor(vm, "Promise", PromiseCtorPlaceholder, 1, r.promise_proto);
  promise->set_native_kind(NativeKind::PromiseCtor);
  r.promise_ctor = promise;
  vm.DefineMethod(promise, "resolve", PromiseResolveStatic, 1);
  vm.DefineMethod(promise, "reject", PromiseRejectStatic, 1);
  vm.DefineMethod(r.prelude, "withResolvers", PromiseWithResolvers, 0);
  vm.DefineMethod(r.promise_proto, "then", PromiseThen, 2);
  vm.DefineMethod(r.prelude, "isPromise", IsPromise, 1);
  SetGlobal(vm, "queueMicrotask", Value::Object(vm.NewNative("queueMicrotask", QueueMicrotask, 1)));
}

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
