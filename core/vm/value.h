#pragma once
// A JavaScript value: a 16-byte tagged union. Strings and objects point into the VM's heap.
//
// Both halves are written whole (the tag is 64 bits wide, and the constructors write all
// 64 bits of the payload): a value is copied as two 8-byte moves, and a copy that read back a
// narrower store (a 1-byte tag, a 4-byte pointer in WebAssembly) would stall the processor's
// store forwarding on every push and pop. That alone made the WebAssembly build ~10% slower.
#include <cstdint>

namespace th {

class HeapObject;
class HeapString;
class JsObject;

enum class ValueTag : uint64_t {
  Undefined,  // undefined
  Null,       // null
  Boolean,    // true / false
  Number,     // an IEEE double
  String,     // a HeapString
  Object,     // any other heap object (plain objects, arrays, functions, internal cells)
  Symbol,     // a HeapString marked as a symbol: its text is the description; identity is the pointer
  Empty,      // internal: an uninitialized let/const (TDZ) or an array hole; never visible to JS
  Exception,  // internal: a native function threw; the error is in Vm::m_exception
};

struct Value {
  ValueTag tag = ValueTag::Undefined;
  union {
    double number;
    bool boolean;        // read only: written through `bits`
    HeapObject* object;  // read only: written through `bits`
    uint64_t bits;
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
    v.bits = b ? 1 : 0;
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
    v.bits = reinterpret_cast<uintptr_t>(s);
    return v;
  }
  static Value Object(HeapObject* o) {
    Value v;
    v.tag = ValueTag::Object;
    v.bits = reinterpret_cast<uintptr_t>(o);
    return v;
  }
  static Value Symbol(HeapString* s) {
    Value v;
    v.tag = ValueTag::Symbol;
    v.bits = reinterpret_cast<uintptr_t>(s);
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
  bool IsSymbol() const { return tag == ValueTag::Symbol; }
  bool IsHeap() const { return tag == ValueTag::String || tag == ValueTag::Object || tag == ValueTag::Symbol; }
  bool IsEmpty() const { return tag == ValueTag::Empty; }
  bool IsException() const { return tag == ValueTag::Exception; }

  HeapString* AsString() const { return reinterpret_cast<HeapString*>(object); }  // strings and symbols
};

}  // namespace th
