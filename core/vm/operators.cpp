// The operators' general cases, which the dispatch loop (interpreter.cpp) calls when its fast
// path (numbers, plain objects, arrays) does not apply: `+` on strings and objects, numeric
// conversion of operands, relational comparison, `in`, `instanceof`, and looking up a global
// the global object lacks. Each works on the operand stack at m_sp, as the instruction left it,
// and returns false when it threw (the error is in m_exception).
#include <cmath>

#include "vm/vm.h"

namespace th {

// [a b] -> [ToPrimitive(a) ToPrimitive(b)] (objects only; valueOf and friends may run).
bool Vm::OperandsToPrimitives(PrimitiveHint hint) {
  for (Value* slot : {m_sp - 2, m_sp - 1}) {
    if (!slot->IsObject()) continue;
    Value primitive = ToPrimitive(*slot, hint);
    if (primitive.IsException()) return false;
    *slot = primitive;
  }
  return true;
}

// [a b] -> [a + b] for any a and b.
bool Vm::AddGeneric() {
  if (!OperandsToPrimitives(PrimitiveHint::Default)) return false;
  Value b = m_sp[-1], a = m_sp[-2];
  if (a.IsString() || b.IsString()) {
    HeapString* left = ToString(a);
    if (!left) return false;
    m_sp[-2] = Value::String(left);
    HeapString* right = ToString(b);
    if (!right) return false;
    m_sp[-1] = Value::String(right);
    size_t total = left->ByteLength() + right->ByteLength();
    if (total > (1u << 29)) {
      ThrowRangeError("Invalid string length");
      return false;
    }
    HeapString* result;
    if (left->ByteLength() == 0) {
      result = right;
    } else if (right->ByteLength() == 0) {
      result = left;
    } else if (total >= 64) {
      // Long results become ropes: building a string piece by piece stays linear.
      result = m_heap->New<HeapString>(left, right, m_heap->account());
    } else {
      std::string joined;
      joined.reserve(total);
      joined += left->text();
      joined += right->text();
      result = NewString(std::move(joined));
    }
    m_sp[-2] = Value::String(result);
    --m_sp;
    return true;
  }
  if (a.IsSymbol() || b.IsSymbol()) {
    ThrowTypeError("Cannot convert a Symbol value to a number");
    return false;
  }
  m_sp[-2] = Value::Number(ToNumberPrimitive(a) + ToNumberPrimitive(b));
  --m_sp;
  return true;
}

// The two operands of a numeric operator as numbers (valueOf and friends may run).
bool Vm::OperandsToNumbers(double* x, double* y) {
  if (!ToNumber(m_sp[-2], x)) return false;
  return ToNumber(m_sp[-1], y);
}

// [a b] -> [a op b] for <, <=, >, >= on anything but two numbers.
bool Vm::CompareGeneric(Op op) {
  if (!OperandsToPrimitives(PrimitiveHint::Number)) return false;
  Value a = m_sp[-2], b = m_sp[-1];
  bool result;
  if (a.IsString() && b.IsString()) {
    const std::string& x = a.AsString()->text();
    const std::string& y = b.AsString()->text();
    switch (op) {
      case Op::Lt: result = x < y; break;
      case Op::Le: result = x <= y; break;
      case Op::Gt: result = x > y; break;
      default: result = x >= y; break;
    }
  } else {
    if (a.IsSymbol() || b.IsSymbol()) {
      ThrowTypeError("Cannot convert a Symbol value to a number");
      return false;
    }
    double x = ToNumberPrimitive(a), y = ToNumberPrimitive(b);
    if (std::isnan(x) || std::isnan(y)) {
      result = false;
    } else {
      switch (op) {
        case Op::Lt: result = x < y; break;
        case Op::Le: result = x <= y; break;
        case Op::Gt: result = x > y; break;
        default: result = x >= y; break;
      }
    }
  }
  m_sp[-2] = Value::Bool(result);
  --m_sp;
  return true;
}

// [key object] -> [key in object]
bool Vm::InOperator() {
  Value object = m_sp[-1];
  if (!object.IsObject()) {
    ThrowTypeError("Cannot use 'in' operator to search for '" + ShownText(m_sp[-2]) + "' in " +
                   ShownText(object));
    return false;
  }
  Value key_value = m_sp[-2];
  if (object.object->kind() == ObjKind::Array && key_value.IsNumber()) {
    // An index of an array: no key string needed.
    const double number = key_value.number;
    auto& items = static_cast<JsArray*>(object.object)->items();
    if (number >= 0 && number < static_cast<double>(items.size()) && number == std::floor(number)) {
      m_sp[-2] = Value::Bool(!items[static_cast<size_t>(number)].IsEmpty());
      --m_sp;
      return true;
    }
  }
  HeapString* key = ToPropertyKey(key_value);
  if (!key) return false;
  bool found = HasProperty(object, key);
  if (!found && object.object->kind() == ObjKind::Closure) {
    found = key == m_names.name || key == m_names.length || key == m_names.prototype;
  }
  m_sp[-2] = Value::Bool(found);
  --m_sp;
  return true;
}

// [object constructor] -> [object instanceof constructor]
bool Vm::InstanceOfOperator() {
  Value object = m_sp[-2];
  Value constructor = m_sp[-1];
  if (constructor.IsObject()) {
    // A [Symbol.hasInstance] method decides (Function.prototype's is the default below).
    Value custom = Get(constructor, m_names.hasInstance);
    if (custom.IsException()) return false;
    if (!custom.IsUndefined()) {
      if (!IsCallable(custom)) {
        ThrowTypeError(std::string(TypeOf(custom)->text()) + " is not a function");
        return false;
      }
      Value result = Call(custom, constructor, &object, 1);
      if (result.IsException()) return false;
      m_sp[-2] = Value::Bool(ToBoolean(result));
      --m_sp;
      return true;
    }
  }
  if (!IsCallable(constructor)) {
    ThrowTypeError("Right-hand side of 'instanceof' is not callable");
    return false;
  }
  Value prototype = Get(constructor, m_names.prototype);
  if (prototype.IsException()) return false;
  bool result = false;
  if (object.IsObject() && prototype.IsObject()) {
    for (JsObject* p = static_cast<JsObject*>(object.object)->proto(); p; p = p->proto()) {
      if (p == prototype.object) {
        result = true;
        break;
      }
    }
  }
  m_sp[-2] = Value::Bool(result);
  --m_sp;
  return true;
}

// A global the global object does not have: the host's (process, setTimeout, ...) or a
// ReferenceError. Returns Exception when it threw.
Value Vm::MissingGlobal(HeapString* name, bool for_typeof) {
  Value hosted = m_host->HostGlobal(*this, name->text());
  if (for_typeof) {
    if (!hosted.IsException()) return hosted.IsEmpty() ? Value::Undefined() : hosted;
    ClearException();  // typeof never throws for a missing name
    return Value::Undefined();
  }
  if (!hosted.IsEmpty()) return hosted;
  return ThrowReferenceError(name->text() + " is not defined");
}

}  // namespace th
