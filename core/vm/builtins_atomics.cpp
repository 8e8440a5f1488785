// Atomics: indivisible operations on integer typed arrays (read-modify-write in one step, so
// no other agent can come in between, unlike `view[0]++`), and wait / notify, which the host
// carries out (HostHooks), since only it can block an agent and wake it.
#include <cmath>
#include <cstring>

#include "vm/builtins.h"

namespace th::detail {

namespace {

enum class AtomicOp { Add, Sub, And, Or, Xor, Exchange, CompareExchange, Load, Store };

// The integer typed array and the index an Atomics call names; null when it threw.
TypedArrayObject* AtomicTarget(Vm& vm, Value array_value, Value index_value, size_t* index, bool int32_only) {
  const bool typed = array_value.IsObject() && array_value.object->kind() == ObjKind::TypedArray;
  auto* array = typed ? static_cast<TypedArrayObject*>(array_value.object) : nullptr;
  const bool integer = array && array->type() != ElementType::Float32 && array->type() != ElementType::Float64 &&
                       array->type() != ElementType::Uint8Clamped;
  if (!integer || (int32_only && array->type() != ElementType::Int32)) {
    vm.ThrowTypeError(std::string("[object ") + (array ? InfoOf(array->type()).name : "Object") +
                      "] is not an int32 or BigInt64 typed array.");
    return nullptr;
  }
  double number = 0;
  if (!index_value.IsUndefined() && !vm.ToNumber(index_value, &number)) return nullptr;
  number = std::isnan(number) ? 0 : std::trunc(number);
  if (number < 0 || number >= static_cast<double>(array->length())) {
    vm.ThrowRangeError("Invalid atomic access index");
    return nullptr;
  }
  *index = static_cast<size_t>(number);
  return array;
}

template <typename T>
T Apply(AtomicOp op, uint8_t* at, T operand, T expected) {
  T* place = reinterpret_cast<T*>(at);
  switch (op) {
    case AtomicOp::Add: return __atomic_fetch_add(place, operand, __ATOMIC_SEQ_CST);
    case AtomicOp::Sub: return __atomic_fetch_sub(place, operand, __ATOMIC_SEQ_CST);
    case AtomicOp::And: return __atomic_fetch_and(place, operand, __ATOMIC_SEQ_CST);
    case AtomicOp::Or: return __atomic_fetch_or(place, operand, __ATOMIC_SEQ_CST);
    case AtomicOp::Xor: return __atomic_fetch_xor(place, operand, __ATOMIC_SEQ_CST);
    case AtomicOp::Exchange: return __atomic_exchange_n(place, operand, __ATOMIC_SEQ_CST);
    case AtomicOp::CompareExchange:
      __atomic_compare_exchange_n(place, &expected, operand, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
      return expected;  // the old value either way
    case AtomicOp::Load: return __atomic_load_n(place, __ATOMIC_SEQ_CST);
    case AtomicOp::Store: __atomic_store_n(place, operand, __ATOMIC_SEQ_CST); return operand;
  }
  return 0;
}

// Runs `op` on the element as its type's unsigned pattern, and reads the old value back as the
// element type says (through a scratch typed-array view of the same width).
double RunAtomic(AtomicOp op, TypedArrayObject* array, size_t index, double operand, double expected) {
  uint8_t* at = array->At(index);
  uint64_t old = 0;
  auto pattern = [](double value, int bits) {
    const double range = std::ldexp(1.0, bits);
    double wrapped = std::isfinite(value) ? std::fmod(std::trunc(value), range) : 0;
    if (wrapped < 0) wrapped += range;
    return static_cast<uint64_t>(wrapped);
  };
  switch (InfoOf(array->type()).size) {
    case 1: old = Apply<uint8_t>(op, at, static_cast<uint8_t>(pattern(operand, 8)), static_cast<uint8_t>(pattern(expected, 8))); break;
    case 2: old = Apply<uint16_t>(op, at, static_cast<uint16_t>(pattern(operand, 16)), static_cast<uint16_t>(pattern(expected, 16))); break;
    default: old = Apply<uint32_t>(op, at, static_cast<uint32_t>(pattern(operand, 32)), static_cast<uint32_t>(pattern(expected, 32))); break;
  }
  switch (array->type()) {
    case ElementType::Int8: return static_cast<int8_t>(old);
    case ElementType::Int16: return static_cast<int16_t>(old);
    case ElementType::Int32: return static_cast<int32_t>(old);
    default: return static_cast<double>(old);
  }
}

Value AtomicCall(Vm& vm, Value* args, int argc, AtomicOp op) {
  size_t index = 0;
  TypedArrayObject* array = AtomicTarget(vm, Arg(args, argc, 0), Arg(args, argc, 1), &index, false);
  if (!array) return Value::Exception();
  double operand = 0, expected = 0;
  if (op == AtomicOp::CompareExchange) {
    if (!vm.ToNumber(Arg(args, argc, 2), &expected) || !vm.ToNumber(Arg(args, argc, 3), &operand)) return Value::Exception();
  } else if (op != AtomicOp::Load) {
    if (!vm.ToNumber(Arg(args, argc, 2), &operand)) return Value::Exception();
  }
  const double old = RunAtomic(op, array, index, operand, expected);
  if (op == AtomicOp::Store) return Value::Number(std::isnan(operand) ? 0 : std::trunc(operand) + 0.0);
  return Value::Number(old);
}

Value AtomicsAdd(Vm& vm, Value, Value* args, int argc, NativeFunction*) { return AtomicCall(vm, args, argc, AtomicOp::Add); }
Value AtomicsSub(Vm& vm, Value, Value* args, int argc, NativeFunction*) { return AtomicCall(vm, args, argc, AtomicOp::Sub); }
Value AtomicsAnd(Vm& vm, Value, Value* args, int argc, NativeFunction*) { return AtomicCall(vm, args, argc, AtomicOp::And); }
Value AtomicsOr(Vm& vm, Value, Value* args, int argc, NativeFunction*) { return AtomicCall(vm, args, argc, AtomicOp::Or); }
Value AtomicsXor(Vm& vm, Value, Value* args, int argc, NativeFunction*) { return AtomicCall(vm, args, argc, AtomicOp::Xor); }
Value AtomicsExchange(Vm& vm, Value, Value* args, int argc, NativeFunction*) { return AtomicCall(vm, args, argc, AtomicOp::Exchange); }
Value AtomicsCompareExchange(Vm& vm, Value, Value* args, int argc, NativeFunction*) {
  return AtomicCall(vm, args, argc, AtomicOp::CompareExchange);
}
Value AtomicsLoad(Vm& vm, Value, Value* args, int argc, NativeFunction*) { return AtomicCall(vm, args, argc, AtomicOp::Load); }
Value AtomicsStore(Vm& vm, Value, Value* args, int argc, NativeFunction*) { return AtomicCall(vm, args, argc, AtomicOp::Store); }

Value AtomicsIsLockFree(Vm& vm, Value, Value* args, int argc, NativeFunction*) {
  double size = 0;
  if (!vm.ToNumber(Arg(args, argc, 0), &size)) return Value::Exception();
  return Value::Bool(size == 1 || size == 2 || size == 4 || size == 8);
}

// Atomics.wait(int32Array, index, value, timeout): "not-equal" at once when the element is not
// `value`; otherwise the host decides ("ok" when notified, "timed-out").
Value AtomicsWait(Vm& vm, Value, Value* args, int argc, NativeFunction*) {
  size_t index = 0;
  TypedArrayObject* array = AtomicTarget(vm, Arg(args, argc, 0), Arg(args, argc, 1), &index, true);
  if (!array) return Value::Exception();
  if (!array->buffer()->shared()) {
    return vm.ThrowTypeError("[object Int32Array] is not a shared typed array.");
  }
  double expected = 0, timeout = INFINITY;
  if (!vm.ToNumber(Arg(args, argc, 2), &expected)) return Value::Exception();
  if (!Arg(args, argc, 3).IsUndefined() && !vm.ToNumber(args[3], &timeout)) return Value::Exception();
  if (std::isnan(timeout)) timeout = INFINITY;
  const double current = RunAtomic(AtomicOp::Load, array, index, 0, 0);
  if (current != static_cast<double>(static_cast<int32_t>(static_cast<int64_t>(std::trunc(expected))))) {
    return vm.Str("not-equal");
  }
  const size_t byte_index = array->byte_offset() + index * 4;
  const Value result = vm.host()->AtomicsWait(vm, array->buffer()->bytes(), byte_index, std::max(timeout, 0.0));
  return result.IsEmpty() ? vm.Str("ok") : result;  // Empty: the host will put the real answer in
}

Value AtomicsNotify(Vm& vm, Value, Value* args, int argc, NativeFunction*) {
  size_t index = 0;
  TypedArrayObject* array = AtomicTarget(vm, Arg(args, argc, 0), Arg(args, argc, 1), &index, true);
  if (!array) return Value::Exception();
  double count = INFINITY;
  if (!Arg(args, argc, 2).IsUndefined() && !vm.ToNumber(args[2], &count)) return Value::Exception();
  if (!array->buffer()->shared()) return Value::Number(0);
  const size_t byte_index = array->byte_offset() + index * 4;
  return Value::Number(vm.host()->AtomicsNotify(vm, array->buffer()->bytes(), byte_index, std::max(count, 0.0)));
}

}  // namespace

void InstallAtomics(Vm& vm) {
  JsObject* atomics = vm.NewObject();
  TempRoot keep(vm, atomics);
  struct Method {
    const char* name;
    NativeFn fn;
    int length;
  };
  for (const Method& method : {Method{"add", AtomicsAdd, 3}, Method{"sub", AtomicsSub, 3}, Method{"and", AtomicsAnd, 3},
                               Method{"or", AtomicsOr, 3}, Method{"xor", AtomicsXor, 3},
                               Method{"exchange", AtomicsExchange, 3}, Method{"compareExchange", AtomicsCompareExchange, 4},
                               Method{"load", AtomicsLoad, 2}, Method{"store", AtomicsStore, 3},
                               Method{"isLockFree", AtomicsIsLockFree, 1}, Method{"wait", AtomicsWait, 4},
                               Method{"notify", AtomicsNotify, 3}}) {
    vm.DefineMethod(atomics, method.name, method.fn, method.length);
  }
  SetGlobal(vm, "Atomics", Value::Object(atomics));
}

}  // namespace th::detail
