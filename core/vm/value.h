#pragma once
// A JavaScript value: a 16-byte tagged union. Strings and objects point into the VM's heap.
#include <cstdint>

namespace th {

class HeapObject;
class HeapString;
class JsObject;

enum class ValueTag : uint8_t {
  Undefined,  // undefined
  Null,       // null
  Boolean,    // true / false
  Number,     // an IEEE double
  String,     // a HeapString
  Object,     // any other heap object (plain objects, arrays, functions, internal cells)
  Empty,      // internal: an uninitialized let/const (TDZ) or an array hole; never visible to JS
  Exception,  // internal: a native function threw; the error is in Vm::m_exception
};

struct Value {
  ValueTag tag = ValueTag::Undefined;
  union {
    double number;
    bool boolean;
    HeapObject* object;
  };

  Value() : number(0) {}
  static Value Undefined() { return Value(); }
  static Value Null() {
    Value v;
    v.tag = ValueTag::Null;
    return v;
  }
  static Value Bool(bool b) {
    Value v;
    v.tag = ValueTag::Boolean;
    v.boolean = b;
    return v;
  }
  static Value Number(double d) {
    Value v;
    v.tag = ValueTag::Number;
    v.number = d;
    return v;
  }
  static Value String(HeapString* s) {
    Value v;
    v.tag = ValueTag::String;
    v.object = reinterpret_cast<HeapObject*>(s);
    return v;
  }
  static Value Object(HeapObject* o) {
    Value v;
    v.tag = ValueTag::Object;
    v.object = o;
    return v;
  }
  static Value Empty() {
    Value v;
    v.tag = ValueTag::Empty;
    return v;
  }
  static Value Exception() {
    Value v;
    v.tag = ValueTag::Exception;
    return v;
  }

  bool IsUndefined() const { return tag == ValueTag::Undefined; }
  bool IsNull() const { return tag == ValueTag::Null; }
  bool IsNullish() const { return tag == ValueTag::Undefined || tag == ValueTag::Null; }
  bool IsBool() const { return tag == ValueTag::Boolean; }
  bool IsNumber() const { return tag == ValueTag::Number; }
  bool IsString() const { return tag == ValueTag::String; }
  bool IsObject() const { return tag == ValueTag::Object; }
  bool IsHeap() const { return tag == ValueTag::String || tag == ValueTag::Object; }
  bool IsEmpty() const { return tag == ValueTag::Empty; }
  bool IsException() const { return tag == ValueTag::Exception; }

  HeapString* AsString() const { return reinterpret_cast<HeapString*>(object); }
};

}  // namespace th
