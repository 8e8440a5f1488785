// Array and the Array.prototype methods that take no callback. The callback-taking ones
// (map, filter, sort, ...) are JavaScript in the prelude, so they run as steppable frames.
#include <algorithm>
#include <cmath>

#include "vm/builtins.h"

namespace th::detail {

namespace {

JsArray* ThisArray(Vm& vm, Value self, const char* method) {
  if (Vm::IsArray(self)) return static_cast<JsArray*>(self.object);
  vm.ThrowTypeError(std::string("Array.prototype.") + method + " called on a value that is not an array");
  return nullptr;
}

bool RelativeIndex(Vm& vm, Value value, double length, double fallback, double* out) {
  if (value.IsUndefined()) {
    *out = fallback;
    return true;
  }
  double number;
  if (!vm.ToNumber(value, &number)) return false;
  number = std::isnan(number) ? 0 : std::trunc(number);
  if (number < 0) number = std::max(0.0, length + number);
  *out = std::min(number, length);
  return true;
}

Value ArrayCtor(Vm& vm, Value, Value* args, int argc, NativeFunction*) {
  JsArray* array = vm.NewArray();
  if (argc == 1 && args[0].IsNumber()) {
    double length = args[0].number;
    if (length < 0 || length != std::floor(length) || length > 4294967295.0) return vm.ThrowRangeError("Invalid array length");
    if (!vm.ReserveHeap(static_cast<size_t>(length) * sizeof(Value))) return Value::Exception();
    array->items().assign(static_cast<size_t>(length), Value::Empty());
    return Value::Object(array);
  }
  for (int i = 0; i < argc; ++i) array->items().push_back(args[i]);
  return Value::Object(array);
}

Value ArrayIsArray(Vm&, Value, Value* args, int argc, NativeFunction*) { return Value::Bool(Vm::IsArray(Arg(args, argc, 0))); }

Value ArrayOf(Vm& vm, Value, Value* args, int argc, NativeFunction*) {
  JsArray* array = vm.NewArray(static_cast<size_t>(argc));
  for (int i = 0; i < argc; ++i) array->items().push_back(args[i]);
  return Value::Object(array);
}

// Array.from(iterable or array-like) without a map function (the prelude adds that).
Value ArrayFromBasic(Vm& vm, Value, Value* args, int argc, NativeFunction*) {
  Value source = Arg(args, argc, 0);
  JsArray* array = vm.NewArray();
  TempRoot keep(vm, array);
  if (source.IsNullish()) return vm.ThrowTypeError("undefined is not iterable (cannot read property Symbol(Symbol.iterator))");
  if (vm.IsIterable(source)) {
    Value iterator = vm.MakeIterator(source);
    if (iterator.IsException()) return iterator;
    TempRoot keep_iterator(vm, iterator);
    while (true) {
      Value next = vm.IteratorStep(static_cast<IteratorObject*>(iterator.object));
      if (next.IsEmpty()) break;
      if (next.IsException()) return next;
      array->items().push_back(next);
    }
    return Value::Object(array);
  }
  if (source.IsObject()) {
    Value length_value = vm.Get(source, vm.names().length);
    if (length_value.IsException()) return length_value;
    double length = 0;
    if (!vm.ToNumber(length_value, &length)) return Value::Exception();
    if (std::isnan(length) || length < 0) length = 0;
    if (length > (1u << 26)) return vm.ThrowRangeError("Invalid array length");
    for (size_t i = 0; i < static_cast<size_t>(length); ++i) {
      Value item = vm.GetElement(source, Value::Number(static_cast<double>(i)));
      if (item.IsException()) return item;
      array->items().push_back(item);
    }
  }
  return Value::Object(array);
}

Value ArrayPush(Vm& vm, Value self, Value* args, int argc, NativeFunction*) {
  JsArray* array = ThisArray(vm, self, "push");
  if (!array) return Value::Exception();
  if (array->frozen()) return vm.ThrowTypeError("Cannot add property " + std::to_string(array->items().size()) + ", object is not extensible");
  for (int i = 0; i < argc; ++i) array->items().push_back(args[i]);
  return Value::Number(static_cast<double>(array->items().size()));
}

Value ArrayPop(Vm& vm, Value self, Value*, int, NativeFunction*) {
  JsArray* array = ThisArray(vm, self, "pop");
  if (!array) return Value::Exception();
  if (array->items().empty()) return Value::Undefined();
  Value last = array->items().back();
  array->items().pop_back();
  return last.IsEmpty() ? Value::Undefined() : last;
}

Value ArrayShift(Vm& vm, Value self, Value*, int, NativeFunction*) {
  JsArray* array = ThisArray(vm, self, "shift");
  if (!array) return Value::Exception();
  if (array->items().empty()) return Value::Undefined();
  Value first = array->items().front();
  array->items().erase(array->items().begin());
  return first.IsEmpty() ? Value::Undefined() : first;
}

Value ArrayUnshift(Vm& vm, Value self, Value* args, int argc, NativeFunction*) {
  JsArray* array = ThisArray(vm, self, "unshift");
  if (!array) return Value::Exception();
  array->items().insert(array->items().begin(), args, args + argc);
  return Value::Number(static_cast<double>(array->items().size()));
}

Value ArraySlice(Vm& vm, Value self, Value* args, int argc, NativeFunction*) {
  JsArray* array = ThisArray(vm, self, "slice");
  if (!array) return Value::Exception();
  double length = static_cast<double>(array->items().size());
  double start, end;
  if (!RelativeIndex(vm, Arg(args, argc, 0), length, 0, &start)) return Value::Exception();
  if (!RelativeIndex(vm, Arg(args, argc, 1), length, length, &end)) return Value::Exception();
  JsArray* result = vm.NewArray();
  auto& items = array->items();
  for (size_t i = static_cast<size_t>(start); i < static_cast<size_t>(std::max(start, end)) && i < items.size(); ++i) {
    result->items().push_back(items[i]);
  }
  return Value::Object(result);
}

Value ArraySplice(Vm& vm, Value self, Value* args, int argc, NativeFunction*) {
  JsArray* array = ThisArray(vm, self, "splice");
  if (!array) return Value::Exception();
  double length = static_cast<double>(array->items().size());
  double start;
  if (!RelativeIndex(vm, Arg(args, argc, 0), length, 0, &start)) return Value::Exception();
  double remove = argc == 0 ? 0 : length - start;
  if (argc > 1) {
    double count;
    if (!vm.ToNumber(args[1], &count)) return Value::Exception();
    count = std::isnan(count) ? 0 : std::trunc(count);
    remove = std::min(std::max(count, 0.0), length - start);
  }
  JsArray* removed = vm.NewArray();
  auto& items = array->items();
  auto first = items.begin() + static_cast<long>(start);
  removed->items().assign(first, first + static_cast<long>(remove));
  items.erase(first, first + static_cast<long>(remove));
  if (argc > 2) items.insert(items.begin() + static_cast<long>(start), args + 2, args + argc);
  return Value::Object(removed);
}

Value IndexOfImpl(Vm& vm, Value self, Value* args, int argc, int mode) {
  JsArray* array = ThisArray(vm, self, mode == 2 ? "includes" : mode == 1 ? "lastIndexOf" : "indexOf");
  if (!array) return Value::Exception();
  Value target = Arg(args, argc, 0);
  auto& items = array->items();
  double length = static_cast<double>(items.size());
  if (mode == 1) {
    double from = length - 1;
    if (argc > 1) {
      if (!vm.ToNumber(args[1], &from)) return Value::Exception();
      from = std::trunc(from);
      if (from < 0) from += length;
    }
    for (double i = std::min(from, length - 1); i >= 0; --i) {
      Value item = items[static_cast<size_t>(i)];
      if (!item.IsEmpty() && vm.StrictEquals(item, target)) return Value::Number(i);
    }
    return Value::Number(-1);
  }
  double from;
  if (!RelativeIndex(vm, Arg(args, argc, 1), length, 0, &from)) return Value::Exception();
  for (size_t i = static_cast<size_t>(from); i < items.size(); ++i) {
    Value item = items[i];
    if (mode == 2) {
      if (Vm::SameValueZero(item.IsEmpty() ? Value::Undefined() : item, target)) return Value::Bool(true);
    } else if (!item.IsEmpty() && vm.StrictEquals(item, target)) {
      return Value::Number(static_cast<double>(i));
    }
  }
  return mode == 2 ? Value::Bool(false) : Value::Number(-1);
}
Value ArrayIndexOf(Vm& vm, Value self, Value* args, int argc, NativeFunction*) { return IndexOfImpl(vm, self, args, argc, 0); }
Value ArrayLastIndexOf(Vm& vm, Value self, Value* args, int argc, NativeFunction*) { return IndexOfImpl(vm, self, args, argc, 1); }
Value ArrayIncludes(Vm& vm, Value self, Value* args, int argc, NativeFunction*) { return IndexOfImpl(vm, self, args, argc, 2); }

bool JoinInto(Vm& vm, JsArray* array, const std::string& separator, std::string* out, int depth) {
  if (depth > 64) return true;
  auto& items = array->items();
  for (size_t i = 0; i < items.size(); ++i) {
    if (i) *out += separator;
    Value item = items[i];
    if (item.IsNullish() || item.IsEmpty()) continue;
    if (Vm::IsArray(item)) {
      if (!JoinInto(vm, static_cast<JsArray*>(item.object), ",", out, depth + 1)) return false;
      continue;
    }
    HeapString* text = vm.ToString(item);
    if (!text) return false;
    *out += text->text();
  }
  return true;
}

Value ArrayJoin(Vm& vm, Value self, Value* args, int argc, NativeFunction*) {
  JsArray* array = ThisArray(vm, self, "join");
  if (!array) return Value::Exception();
  std::string separator = ",";
  if (argc > 0 && !args[0].IsUndefined()) {
    HeapString* text = vm.ToString(args[0]);
    if (!text) return Value::Exception();
    separator = text->text();
  }
  std::string out;
  if (!JoinInto(vm, array, separator, &out, 0)) return Value::Exception();
  return vm.Str(std::move(out));
}

Value ArrayToString(Vm& vm, Value self, Value*, int, NativeFunction* native) {
  if (!Vm::IsArray(self)) return vm.Str("[object Object]");
  return ArrayJoin(vm, self, nullptr, 0, native);
}

Value ArrayConcat(Vm& vm, Value self, Value* args, int argc, NativeFunction*) {
  JsArray* array = ThisArray(vm, self, "concat");
  if (!array) return Value::Exception();
  size_t total = array->items().size();
  for (int i = 0; i < argc; ++i) total += Vm::IsArray(args[i]) ? static_cast<JsArray*>(args[i].object)->items().size() : 1;
  if (!vm.ReserveHeap(total * sizeof(Value))) return Value::Exception();
  JsArray* result = vm.NewArray(total);
  result->items() = array->items();
  for (int i = 0; i < argc; ++i) {
    if (Vm::IsArray(args[i])) {
      auto& more = static_cast<JsArray*>(args[i].object)->items();
      result->items().insert(result->items().end(), more.begin(), more.end());
    } else {
      result->items().push_back(args[i]);
    }
  }
  return Value::Object(result);
}

Value ArrayReverse(Vm& vm, Value self, Value*, int, NativeFunction*) {
  JsArray* array = ThisArray(vm, self, "reverse");
  if (!array) return Value::Exception();
  std::reverse(array->items().begin(), array->items().end());
  return self;
}

Value ArrayFill(Vm& vm, Value self, Value* args, int argc, NativeFunction*) {
  JsArray* array = ThisArray(vm, self, "fill");
  if (!array) return Value::Exception();
  double length = static_cast<double>(array->items().size());
  double start, end;
  if (!RelativeIndex(vm, Arg(args, argc, 1), length, 0, &start)) return Value::Exception();
  if (!RelativeIndex(vm, Arg(args, argc, 2), length, length, &end)) return Value::Exception();
  for (size_t i = static_cast<size_t>(start); i < static_cast<size_t>(end); ++i) array->items()[i] = Arg(args, argc, 0);
  return self;
}

Value ArrayAt(Vm& vm, Value self, Value* args, int argc, NativeFunction*) {
  JsArray* array = ThisArray(vm, self, "at");
  if (!array) return Value::Exception();
  double index;
  if (!vm.ToNumber(Arg(args, argc, 0), &index)) return Value::Exception();
  index = std::isnan(index) ? 0 : std::trunc(index);
  double length = static_cast<double>(array->items().size());
  if (index < 0) index += length;
  if (index < 0 || index >= length) return Value::Undefined();
  Value item = array->items()[static_cast<size_t>(index)];
  return item.IsEmpty() ? Value::Undefined() : item;
}

void FlattenInto(ChargedVector<Value>* out, const ChargedVector<Value>& items, double depth) {
  for (const Value& item : items) {
    if (item.IsEmpty()) continue;
    if (depth >= 1 && Vm::IsArray(item)) {
      FlattenInto(out, static_cast<JsArray*>(item.object)->items(), depth - 1);
    } else {
      out->push_back(item);
    }
  }
}

Value ArrayFlat(Vm& vm, Value self, Value* args, int argc, NativeFunction*) {
  JsArray* array = ThisArray(vm, self, "flat");
  if (!array) return Value::Exception();
  double depth = 1;
  if (argc > 0 && !args[0].IsUndefined() && !vm.ToNumber(args[0], &depth)) return Value::Exception();
  JsArray* result = vm.NewArray();
  FlattenInto(&result->items(), array->items(), std::min(depth, 64.0));
  return Value::Object(result);
}

Value IteratorOf(Vm& vm, Value self, uint8_t kind) {
  JsArray* array = ThisArray(vm, self, "values");
  if (!array) return Value::Exception();
  if (kind == 2) {
    IteratorObject* it = vm.heap().New<IteratorObject>(vm.realm().iterator_proto, IteratorObject::Source::Array, self);
    return Value::Object(it);
  }
  // keys() and entries() iterate over a fresh array of keys or [key, value] pairs.
  JsArray* list = vm.NewArray();
  TempRoot keep(vm, list);
  for (size_t i = 0; i < array->items().size(); ++i) {
    if (kind == 1) {
      list->items().push_back(Value::Number(static_cast<double>(i)));
    } else {
      JsArray* pair = vm.NewArray(2);
      pair->items().push_back(Value::Number(static_cast<double>(i)));
      Value item = array->items()[i];
      pair->items().push_back(item.IsEmpty() ? Value::Undefined() : item);
      list->items().push_back(Value::Object(pair));
    }
  }
  return Value::Object(vm.heap().New<IteratorObject>(vm.realm().iterator_proto, IteratorObject::Source::Array, Value::Object(list)));
}
Value ArrayKeys(Vm& vm, Value self, Value*, int, NativeFunction*) { return IteratorOf(vm, self, 1); }
Value ArrayValues(Vm& vm, Value self, Value*, int, NativeFunction*) { return IteratorOf(vm, self, 2); }
Value ArrayEntries(Vm& vm, Value self, Value*, int, NativeFunction*) { return IteratorOf(vm, self, 0); }

// Iterator objects support next() so hand-written loops over map.entries() work.
Value IteratorNext(Vm& vm, Value self, Value*, int, NativeFunction*) {
  if (!self.IsObject() || self.object->kind() != ObjKind::Iterator) return vm.ThrowTypeError("next called on a non-iterator");
  Value value = vm.IteratorStep(static_cast<IteratorObject*>(self.object));
  if (value.IsException()) return value;
  TempRoot keep(vm, value);
  JsObject* result = vm.NewObject();
  TempRoot keep_result(vm, result);
  vm.DefineOwn(result, vm.names().value, value.IsEmpty() ? Value::Undefined() : value);
  vm.DefineOwn(result, vm.names().done, Value::Bool(value.IsEmpty()));
  return Value::Object(result);
}

}  // namespace

void InstallArrayBuiltins(Vm& vm) {
  Vm::Realm& r = vm.realm();
  NativeFunction* array = InstallConstructor(vm, "Array", ArrayCtor, 1, r.array_proto);
  vm.DefineMethod(array, "isArray", ArrayIsArray, 1);
  vm.DefineMethod(array, "of", ArrayOf, 0);
  vm.DefineMethod(r.prelude, "arrayFromBasic", ArrayFromBasic, 1);
  JsObject* p = r.array_proto;
  vm.DefineMethod(p, "push", ArrayPush, 1);
  vm.DefineMethod(p, "pop", ArrayPop, 0);
  vm.DefineMethod(p, "shift", ArrayShift, 0);
  vm.DefineMethod(p, "unshift", ArrayUnshift, 1);
  vm.DefineMethod(p, "slice", ArraySlice, 2);
  vm.DefineMethod(p, "splice", ArraySplice, 2);
  vm.DefineMethod(p, "indexOf", ArrayIndexOf, 1);
  vm.DefineMethod(p, "lastIndexOf", ArrayLastIndexOf, 1);
  vm.DefineMethod(p, "includes", ArrayIncludes, 1);
  vm.DefineMethod(p, "join", ArrayJoin, 1);
  vm.DefineMethod(p, "toString", ArrayToString, 0);
  vm.DefineMethod(p, "concat", ArrayConcat, 1);
  vm.DefineMethod(p, "reverse", ArrayReverse, 0);
  vm.DefineMethod(p, "fill", ArrayFill, 1);
  vm.DefineMethod(p, "at", ArrayAt, 1);
  vm.DefineMethod(p, "flat", ArrayFlat, 0);
  vm.DefineMethod(p, "keys", ArrayKeys, 0);
  vm.DefineMethod(p, "values", ArrayValues, 0);
  vm.DefineMethod(p, "entries", ArrayEntries, 0);
  vm.DefineMethod(r.iterator_proto, "next", IteratorNext, 0);
}

}  // namespace th::detail
