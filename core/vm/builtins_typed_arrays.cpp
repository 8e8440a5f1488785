// ArrayBuffer, SharedArrayBuffer, the typed arrays (Int8Array ... Float64Array) and their
// prototype methods. Indexing them is in Vm::Get / SetElement; the callback methods (forEach,
// reduce, find, ...) are the arrays' own generic JavaScript ones (ShareArrayMethods).
#include <cmath>

#include "vm/builtins.h"

namespace th::detail {

namespace {

constexpr double kMaxBufferBytes = 2147483648.0;  // 2 GiB; the heap limit stops far earlier

// ToIndex: a length or an offset; false (RangeError thrown) when negative or too large.
bool IndexArg(Vm& vm, Value value, const std::string& error, size_t* out) {
  double number = 0;
  if (!value.IsUndefined() && !vm.ToNumber(value, &number)) return false;
  number = std::isnan(number) ? 0 : std::trunc(number);
  if (number < 0 || number > kMaxBufferBytes) {
    vm.ThrowRangeError(error);
    return false;
  }
  *out = static_cast<size_t>(number);
  return true;
}

ArrayBufferObject* NewBuffer(Vm& vm, bool shared, size_t bytes) {
  if (!vm.ReserveHeap(bytes)) return nullptr;
  vm.heap().NoteGrowth(bytes);
  ArrayBufferObject* buffer = vm.NewArrayBuffer(std::make_shared<SharedBytes>(bytes, shared));
  if (shared) vm.host()->SharedMemoryCreated(vm);
  return buffer;
}

// slots[0]: the prototype; slots[1]: true for SharedArrayBuffer.
Value BufferCtor(Vm& vm, Value self, Value* args, int argc, NativeFunction* native) {
  const bool shared = native->slots[1].IsBool() && native->slots[1].boolean;
  const char* name = shared ? "SharedArrayBuffer" : "ArrayBuffer";
  if (!self.IsEmpty()) return vm.ThrowTypeError(std::string("Constructor ") + name + " requires 'new'");
  size_t bytes = 0;
  if (!IndexArg(vm, Arg(args, argc, 0), "Invalid array buffer length", &bytes)) return Value::Exception();
  ArrayBufferObject* buffer = NewBuffer(vm, shared, bytes);
  return buffer ? Value::Object(buffer) : Value::Exception();
}

// A typed array of `length` fresh zeroed elements.
TypedArrayObject* NewZeroed(Vm& vm, ElementType type, size_t length) {
  ArrayBufferObject* buffer = NewBuffer(vm, false, length * InfoOf(type).size);
  return buffer ? vm.NewTypedArray(type, buffer, 0, length) : nullptr;
}

// new Int32Array(length | typedArray | arrayLike/iterable | buffer [, byteOffset [, length]])
// slots[0]: the prototype; slots[1]: the element type.
Value TypedArrayCtor(Vm& vm, Value self, Value* args, int argc, NativeFunction* native) {
  const auto type = static_cast<ElementType>(static_cast<int>(native->slots[1].number));
  const ElementTypeInfo& info = InfoOf(type);
  if (!self.IsEmpty()) return vm.ThrowTypeError(std::string("Constructor ") + info.name + " requires 'new'");
  const Value first = Arg(args, argc, 0);
  if (!first.IsObject()) {
    size_t length = 0;
    if (!IndexArg(vm, first, "Invalid typed array length: " + Vm::NumberToString(first.IsNumber() ? first.number : 0), &length)) {
      return Value::Exception();
    }
    TypedArrayObject* array = NewZeroed(vm, type, length);
    return array ? Value::Object(array) : Value::Exception();
  }
  if (first.object->kind() == ObjKind::ArrayBuffer) {
    auto* buffer = static_cast<ArrayBufferObject*>(first.object);
    const size_t byte_length = buffer->bytes()->size;
    size_t offset = 0;
    if (!IndexArg(vm, Arg(args, argc, 1), "Start offset is out of bounds", &offset)) return Value::Exception();
    if (offset % info.size != 0) {
      return vm.ThrowRangeError(std::string("start offset of ") + info.name + " should be a multiple of " +
                                std::to_string(info.size));
    }
    size_t length = 0;
    if (Arg(args, argc, 2).IsUndefined()) {
      if (byte_length % info.size != 0) {
        return vm.ThrowRangeError(std::string("byte length of ") + info.name + " should be a multiple of " +
                                  std::to_string(info.size));
      }
      if (offset > byte_length) return vm.ThrowRangeError("Start offset " + std::to_string(offset) + " is outside the bounds of the buffer");
      length = (byte_length - offset) / info.size;
    } else {
      if (!IndexArg(vm, Arg(args, argc, 2), "Invalid typed array length", &length)) return Value::Exception();
      if (offset + length * info.size > byte_length) {
        return vm.ThrowRangeError("Invalid typed array length: " + std::to_string(length));
      }
    }
    return Value::Object(vm.NewTypedArray(type, buffer, offset, length));
  }
  // From another typed array, an array, or anything iterable: the values, converted.
  TempRoot keep_source(vm, first);
  JsArray* values = vm.NewArray();
  TempRoot keep_values(vm, values);
  if (first.object->kind() == ObjKind::TypedArray) {
    const auto* source = static_cast<TypedArrayObject*>(first.object);
    for (size_t i = 0; i < source->length(); ++i) values->items().push_back(Value::Number(source->Get(i)));
  } else {
    const Value iterator = vm.MakeIterator(first);
    if (iterator.IsException()) return iterator;
    TempRoot keep_iterator(vm, iterator);
    while (true) {
      const Value next = vm.IteratorStep(static_cast<IteratorObject*>(iterator.object));
      if (next.IsEmpty()) break;
      if (next.IsException()) return next;
      values->items().push_back(next);
    }
  }
  TypedArrayObject* array = NewZeroed(vm, type, values->items().size());
  if (!array) return Value::Exception();
  TempRoot keep_array(vm, array);
  for (size_t i = 0; i < values->items().size(); ++i) {
    double number = 0;
    if (!vm.ToNumber(values->items()[i], &number)) return Value::Exception();
    array->Set(i, number);
  }
  return Value::Object(array);
}

TypedArrayObject* ThisTypedArray(Vm& vm, Value self, const char* method) {
  if (self.IsObject() && self.object->kind() == ObjKind::TypedArray) return static_cast<TypedArrayObject*>(self.object);
  vm.ThrowTypeError(std::string("this is not a typed array. (") + method + ")");
  return nullptr;
}

// A relative index (negative counts from the end), clamped to [0, length].
bool RelativeIndex(Vm& vm, Value value, size_t length, size_t fallback, size_t* out) {
  if (value.IsUndefined()) {
    *out = fallback;
    return true;
  }
  double number = 0;
  if (!vm.ToNumber(value, &number)) return false;
  number = std::isnan(number) ? 0 : std::trunc(number);
  const double size = static_cast<double>(length);
  if (number < 0) number = std::max(0.0, size + number);
  *out = static_cast<size_t>(std::min(number, size));
  return true;
}

Value TypedFill(Vm& vm, Value self, Value* args, int argc, NativeFunction*) {
  TypedArrayObject* array = ThisTypedArray(vm, self, "fill");
  if (!array) return Value::Exception();
  double value = 0;
  if (!vm.ToNumber(Arg(args, argc, 0), &value)) return Value::Exception();
  size_t start = 0, end = 0;
  if (!RelativeIndex(vm, Arg(args, argc, 1), array->length(), 0, &start)) return Value::Exception();
  if (!RelativeIndex(vm, Arg(args, argc, 2), array->length(), array->length(), &end)) return Value::Exception();
  for (size_t i = start; i < end; ++i) array->Set(i, value);
  return self;
}

// set(source, offset): copies an array or a typed array in.
Value TypedSet(Vm& vm, Value self, Value* args, int argc, NativeFunction*) {
  TypedArrayObject* array = ThisTypedArray(vm, self, "set");
  if (!array) return Value::Exception();
  size_t offset = 0;
  if (!IndexArg(vm, Arg(args, argc, 1), "offset is out of bounds", &offset)) return Value::Exception();
  const Value source = Arg(args, argc, 0);
  std::vector<double> numbers;
  if (source.IsObject() && source.object->kind() == ObjKind::TypedArray) {
    const auto* from = static_cast<TypedArrayObject*>(source.object);
    for (size_t i = 0; i < from->length(); ++i) numbers.push_back(from->Get(i));
  } else if (Vm::IsArray(source)) {
    for (const Value& item : static_cast<JsArray*>(source.object)->items()) {
      double number = 0;
      if (!vm.ToNumber(item.IsEmpty() ? Value::Undefined() : item, &number)) return Value::Exception();
      numbers.push_back(number);
    }
  }
  if (offset + numbers.size() > array->length()) return vm.ThrowRangeError("offset is out of bounds");
  for (size_t i = 0; i < numbers.size(); ++i) array->Set(offset + i, numbers[i]);
  return Value::Undefined();
}

// subarray shares the buffer; slice copies.
Value TypedRange(Vm& vm, Value self, Value* args, int argc, bool copy) {
  TypedArrayObject* array = ThisTypedArray(vm, self, copy ? "slice" : "subarray");
  if (!array) return Value::Exception();
  size_t start = 0, end = 0;
  if (!RelativeIndex(vm, Arg(args, argc, 0), array->length(), 0, &start)) return Value::Exception();
  if (!RelativeIndex(vm, Arg(args, argc, 1), array->length(), array->length(), &end)) return Value::Exception();
  const size_t count = end > start ? end - start : 0;
  if (!copy) {
    const size_t offset = array->byte_offset() + start * InfoOf(array->type()).size;
    return Value::Object(vm.NewTypedArray(array->type(), array->buffer(), offset, count));
  }
  TypedArrayObject* result = NewZeroed(vm, array->type(), count);
  if (!result) return Value::Exception();
  for (size_t i = 0; i < count; ++i) result->Set(i, array->Get(start + i));
  return Value::Object(result);
}
Value TypedSubarray(Vm& vm, Value self, Value* args, int argc, NativeFunction*) { return TypedRange(vm, self, args, argc, false); }
Value TypedSlice(Vm& vm, Value self, Value* args, int argc, NativeFunction*) { return TypedRange(vm, self, args, argc, true); }

Value TypedAt(Vm& vm, Value self, Value* args, int argc, NativeFunction*) {
  TypedArrayObject* array = ThisTypedArray(vm, self, "at");
  if (!array) return Value::Exception();
  double index = 0;
  if (!vm.ToNumber(Arg(args, argc, 0), &index)) return Value::Exception();
  index = std::isnan(index) ? 0 : std::trunc(index);
  if (index < 0) index += static_cast<double>(array->length());
  if (index < 0 || index >= static_cast<double>(array->length())) return Value::Undefined();
  return Value::Number(array->Get(static_cast<size_t>(index)));
}

// indexOf / includes: by strict equality, NaN found only by includes.
Value TypedSearch(Vm& vm, Value self, Value* args, int argc, bool includes) {
  TypedArrayObject* array = ThisTypedArray(vm, self, includes ? "includes" : "indexOf");
  if (!array) return Value::Exception();
  const Value wanted = Arg(args, argc, 0);
  size_t from = 0;
  if (!RelativeIndex(vm, Arg(args, argc, 1), array->length(), 0, &from)) return Value::Exception();
  if (wanted.IsNumber()) {
    for (size_t i = from; i < array->length(); ++i) {
      const double value = array->Get(i);
      if (value == wanted.number || (includes && std::isnan(value) && std::isnan(wanted.number))) {
        return includes ? Value::Bool(true) : Value::Number(static_cast<double>(i));
      }
    }
  }
  return includes ? Value::Bool(false) : Value::Number(-1);
}
Value TypedIndexOf(Vm& vm, Value self, Value* args, int argc, NativeFunction*) { return TypedSearch(vm, self, args, argc, false); }
Value TypedIncludes(Vm& vm, Value self, Value* args, int argc, NativeFunction*) { return TypedSearch(vm, self, args, argc, true); }

Value TypedJoin(Vm& vm, Value self, Value* args, int argc, NativeFunction*) {
  TypedArrayObject* array = ThisTypedArray(vm, self, "join");
  if (!array) return Value::Exception();
  std::string separator = ",";
  if (!Arg(args, argc, 0).IsUndefined()) {
    HeapString* text = vm.ToString(args[0]);
    if (!text) return Value::Exception();
    separator = text->text();
  }
  std::string out;
  for (size_t i = 0; i < array->length(); ++i) {
    if (i > 0) out += separator;
    out += Vm::NumberToString(array->Get(i));
  }
  return vm.Str(std::move(out));
}

// map and filter call back into the program for each element (a nested run, as for sort) and
// give a typed array of the same type.
Value TypedMapOrFilter(Vm& vm, Value self, Value* args, int argc, bool filter) {
  TypedArrayObject* array = ThisTypedArray(vm, self, filter ? "filter" : "map");
  if (!array) return Value::Exception();
  const Value callback = Arg(args, argc, 0);
  if (!Vm::IsCallable(callback)) return vm.ThrowTypeError(Vm::ShownText(callback) + " is not a function");
  std::vector<double> results;
  for (size_t i = 0; i < array->length(); ++i) {
    Value call_args[3] = {Value::Number(array->Get(i)), Value::Number(static_cast<double>(i)), self};
    const Value result = vm.Call(callback, Arg(args, argc, 1), call_args, 3);
    if (result.IsException()) return result;
    if (filter) {
      if (Vm::ToBoolean(result)) results.push_back(array->Get(i));
      continue;
    }
    double number = 0;
    if (!vm.ToNumber(result, &number)) return Value::Exception();
    results.push_back(number);
  }
  TypedArrayObject* out = NewZeroed(vm, array->type(), results.size());
  if (!out) return Value::Exception();
  for (size_t i = 0; i < results.size(); ++i) out->Set(i, results[i]);
  return Value::Object(out);
}
Value TypedMap(Vm& vm, Value self, Value* args, int argc, NativeFunction*) { return TypedMapOrFilter(vm, self, args, argc, false); }
Value TypedFilter(Vm& vm, Value self, Value* args, int argc, NativeFunction*) { return TypedMapOrFilter(vm, self, args, argc, true); }

Value TypedValues(Vm& vm, Value self, Value*, int, NativeFunction*) {
  if (!ThisTypedArray(vm, self, "values")) return Value::Exception();
  return vm.MakeIterator(self);
}

}  // namespace

void InstallTypedArrayBuiltins(Vm& vm) {
  Vm::Realm& r = vm.realm();
  for (bool shared : {false, true}) {
    JsObject* proto = shared ? r.shared_array_buffer_proto : r.array_buffer_proto;
    NativeFunction* constructor = InstallConstructor(vm, shared ? "SharedArrayBuffer" : "ArrayBuffer", BufferCtor, 1, proto);
    constructor->slots[1] = Value::Bool(shared);
  }
  // %TypedArray%.prototype: what every typed array shares; each type's prototype inherits it.
  JsObject* common = vm.NewObject(r.object_proto);
  TempRoot keep(vm, common);
  vm.DefineMethod(common, "fill", TypedFill, 1);
  vm.DefineMethod(common, "set", TypedSet, 1);
  vm.DefineMethod(common, "subarray", TypedSubarray, 2);
  vm.DefineMethod(common, "slice", TypedSlice, 2);
  vm.DefineMethod(common, "at", TypedAt, 1);
  vm.DefineMethod(common, "values", TypedValues, 0);
  vm.DefineMethod(common, "indexOf", TypedIndexOf, 1);
  vm.DefineMethod(common, "includes", TypedIncludes, 1);
  vm.DefineMethod(common, "join", TypedJoin, 1);
  vm.DefineMethod(common, "toString", TypedJoin, 0);
  vm.DefineMethod(common, "map", TypedMap, 1);
  vm.DefineMethod(common, "filter", TypedFilter, 1);
  vm.DefineOwn(r.prelude, vm.Intern("TypedArrayPrototype"), Value::Object(common), kHidden);
  for (int index = 0; index < kElementTypeCount; ++index) {
    const ElementTypeInfo& info = InfoOf(static_cast<ElementType>(index));
    JsObject* proto = r.typed_array_protos[index];
    proto->set_proto(common);
    NativeFunction* constructor = InstallConstructor(vm, info.name, TypedArrayCtor, 3, proto);
    constructor->slots[1] = Value::Number(index);
    const Value size = Value::Number(static_cast<double>(info.size));
    vm.DefineOwn(constructor, vm.Intern("BYTES_PER_ELEMENT"), size, 0);
    vm.DefineOwn(proto, vm.Intern("BYTES_PER_ELEMENT"), size, 0);
  }
}

// After the prelude: the arrays' generic JavaScript methods (they only read `length` and
// indexes) serve typed arrays too.
void ShareArrayMethods(Vm& vm) {
  const Value common = vm.Get(Value::Object(vm.realm().prelude), vm.Intern("TypedArrayPrototype"));
  if (!common.IsObject()) return;
  for (const char* name : {"forEach", "reduce", "reduceRight", "every", "some", "find", "findIndex", "findLast",
                           "findLastIndex"}) {
    const Value method = vm.Get(Value::Object(vm.realm().array_proto), vm.Intern(name));
    if (Vm::IsCallable(method)) vm.DefineOwn(static_cast<JsObject*>(common.object), vm.Intern(name), method, kHidden);
  }
}

}  // namespace th::detail

namespace th {

ArrayBufferObject* Vm::NewArrayBuffer(std::shared_ptr<SharedBytes> bytes) {
  const bool shared = bytes->shared;
  const auto length = static_cast<double>(bytes->size);
  auto* buffer = m_heap->New<ArrayBufferObject>(shared ? m_realm.shared_array_buffer_proto : m_realm.array_buffer_proto,
                                                std::move(bytes));
  TempRoot keep(*this, buffer);
  DefineOwn(buffer, Intern("byteLength"), Value::Number(length), kHidden);
  return buffer;
}

TypedArrayObject* Vm::NewTypedArray(ElementType type, ArrayBufferObject* buffer, size_t byte_offset, size_t length) {
  TempRoot keep_buffer(*this, buffer);
  auto* array = m_heap->New<TypedArrayObject>(m_realm.typed_array_protos[static_cast<int>(type)], type, buffer,
                                              byte_offset, length);
  TempRoot keep(*this, array);
  // Fixed for a typed array's life, so plain hidden properties (Node has getters).
  DefineOwn(array, Intern("buffer"), Value::Object(buffer), kHidden);
  DefineOwn(array, Intern("byteOffset"), Value::Number(static_cast<double>(byte_offset)), kHidden);
  DefineOwn(array, Intern("byteLength"), Value::Number(static_cast<double>(length * InfoOf(type).size)), kHidden);
  return array;
}

}  // namespace th
