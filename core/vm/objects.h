#pragma once
// [SECTION] index
//   HeapObject: the collector's view of every allocation
//   HeapString
//   PropertyMap and JsObject (plain objects, errors)
//   JsArray
//   Functions: FunctionProto, Closure, NativeFunction, BoundFunction
//   Internal cells: Box, Iterator, Promise, AsyncFrame
#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "lang/bytecode.h"
#include "vm/heap_account.h"
#include "vm/value.h"

namespace th {

class Vm;
class Tracer;

// What a heap object is; the collector and the interpreter switch on it.
enum class ObjKind : uint8_t {
  String,         // HeapString
  Object,         // JsObject: plain objects, errors, prototypes
  Array,          // JsArray
  Closure,        // a compiled JavaScript function
  Native,         // a C++ function
  Bound,          // the result of Function.prototype.bind
  Promise,        // JsPromise
  Box,            // a captured variable
  Proto,          // FunctionProto: compiled code with its constants as values
  Iterator,       // for-of / destructuring iteration state
  AsyncFrame,     // a suspended async function activation
  Generator,      // GeneratorObject: a generator function's call, suspended between next()s
  AsyncGenerator, // GeneratorObject of an async generator function's call, with its request queue
  Map,            // Map and Set
  ArrayBuffer,    // ArrayBufferObject: ArrayBuffer and SharedArrayBuffer
  TypedArray,     // TypedArrayObject: Int32Array and its kin
  Freed,          // swept in verify mode: kept, poisoned, to catch a pointer the collector missed
};

// [SECTION] HeapObject
class HeapObject {
 public:
  explicit HeapObject(ObjKind kind) : m_kind(kind) {}
  virtual ~HeapObject() = default;
  HeapObject(const HeapObject&) = delete;
  HeapObject& operator=(const HeapObject&) = delete;

  ObjKind kind() const { return m_kind; }
  // Reports every heap reference this object holds.
  virtual void Trace(Tracer& tracer) = 0;
  // Approximate bytes owned, for the heap limit and collection pacing.
  virtual size_t Size() const = 0;

 private:
  friend class Heap;
  friend class Tracer;
  HeapObject* m_next = nullptr;  // the heap's list of every object
  ObjKind m_kind;
  bool m_marked = false;
};

// Marks values during a collection (an explicit gray stack: no recursion).
class Tracer {
 public:
  void Mark(const Value& value) {
    if (value.IsHeap()) MarkObject(value.object);
  }
  void MarkObject(HeapObject* object);
  std::vector<HeapObject*>& gray() { return m_gray; }

 private:
  std::vector<HeapObject*> m_gray;
};

// [SECTION] HeapString
// A string is either flat (its UTF-8 text) or a rope: the concatenation of two strings, kept
// as a pair until someone reads the text. Ropes make `s += piece` in a loop linear.
class HeapString final : public HeapObject {
 public:
  explicit HeapString(std::string text);
  // A rope. Flattening it later allocates its whole text: that is charged to `account`, so
  // collections and the heap limit keep pace.
  HeapString(HeapString* left, HeapString* right, HeapAccount* account);
  void Trace(Tracer& tracer) override;
  size_t Size() const override { return sizeof(HeapString) + m_text.capacity(); }

  const std::string& text() const {
    if (m_left) Flatten();
    return m_text;
  }
  size_t ByteLength() const { return m_byte_length; }
  bool interned() const { return m_interned; }
  // A symbol is a string cell never interned, so as a property key it equals only itself. Its
  // text is the description (empty for Symbol() with none: has_description tells the two apart).
  bool is_symbol() const { return m_symbol; }
  bool has_description() const { return m_has_description; }
  void MakeSymbol(bool has_description) {
    m_symbol = true;
    m_has_description = has_description;
    m_array_index = -1;
  }
  // A class's #name: a symbol no key listing shows, whose absence is a TypeError.
  bool is_private() const { return m_private; }
  void MakePrivate() { m_private = true; }
  void set_interned(bool value) { m_interned = value; }
  // The array index this key names ("0", "42"), or -1.
  int64_t array_index() const { return m_array_index; }
  bool is_ascii() const { return m_ascii; }
  // Length in UTF-16 code units, as JavaScript counts.
  size_t Length() const { return m_ascii ? m_byte_length : m_utf16_length; }

 private:
  void Flatten() const;
  mutable std::string m_text;
  mutable HeapString* m_left = nullptr;   // set while this is a rope
  mutable HeapString* m_right = nullptr;
  HeapAccount* m_account = nullptr;       // ropes: where flattening charges its allocation
  size_t m_byte_length = 0;
  int64_t m_array_index = -1;
  size_t m_utf16_length = 0;
  bool m_interned = false;
  bool m_ascii = true;
  bool m_symbol = false;
  bool m_has_description = false;
  bool m_private = false;
};

// [SECTION] PropertyMap and JsObject
enum PropertyFlags : uint8_t {
  kEnumerable = 1,  // shows in for-in, Object.keys, console.log
  kWritable = 2,    // assignment changes it
  kDefault = kEnumerable | kWritable,
  kHidden = kWritable,  // built-in methods: writable, not enumerable
  // A getter and/or setter: the value is an internal two-item array [getter, setter] (either
  // may be undefined) that only Vm::Get, Vm::Set and the accessor instructions look into.
  kAccessor = 4,
  // Object.defineProperty made it without `configurable: true`: it cannot be defined again
  // (other than a writable value changing).
  kNotConfigurable = 8,
};

struct Property {
  HeapString* key;
  Value value;
  uint8_t flags;
};

// Insertion-ordered properties keyed by interned strings. Small maps search linearly;
// larger ones keep a hash index beside the vector.
class PropertyMap {
 public:
  Property* Find(HeapString* key) {
    if (m_index) {
      auto found = m_index->find(key);
      return found == m_index->end() ? nullptr : &m_entries[found->second];
    }
    for (auto& entry : m_entries) {
      if (entry.key == key) return &entry;
    }
    return nullptr;
  }
  void Add(HeapString* key, Value value, uint8_t flags);
  bool Remove(HeapString* key);
  ChargedVector<Property>& entries() { return m_entries; }
  const ChargedVector<Property>& entries() const { return m_entries; }
  void set_account(HeapAccount* account) { m_entries.set_account(account); }
  size_t size() const { return m_entries.size(); }
  // What the table owns: its entries and, for a large one, the hash index (about four words a
  // key).
  size_t Bytes() const { return m_entries.capacity() * sizeof(Property) + (m_index ? m_entries.size() * 32 : 0); }

 private:
  static constexpr size_t kIndexThreshold = 12;
  void RebuildIndex();
  ChargedVector<Property> m_entries;
  std::unique_ptr<std::unordered_map<HeapString*, uint32_t>> m_index;
};

// The internal class of an ordinary object, for inspect and built-in checks.
enum class ObjClass : uint8_t {
  Plain,      // {}
  Error,      // an Error instance (has a captured stack)
  Prototype,  // a built-in prototype object
  Module,     // a host module object
};

class JsObject : public HeapObject {
 public:
  explicit JsObject(JsObject* proto, ObjKind kind = ObjKind::Object) : HeapObject(kind), m_proto(proto) {}
  void Trace(Tracer& tracer) override;
  size_t Size() const override { return sizeof(JsObject) + m_props.Bytes(); }
  // Heap::New calls this (or a subclass's version, which also attaches its own containers).
  void AttachAccount(HeapAccount* account) { m_props.set_account(account); }

  JsObject* proto() const { return m_proto; }
  void set_proto(JsObject* proto) { m_proto = proto; }
  PropertyMap& props() { return m_props; }
  ObjClass object_class() const { return m_class; }
  void set_object_class(ObjClass value) { m_class = value; }
  bool frozen() const { return m_frozen; }
  void set_frozen(bool value) { m_frozen = value; }
  // Object.freeze: no property can be changed, added or removed.
  void Freeze();
  bool IsCallable() const {
    return kind() == ObjKind::Closure || kind() == ObjKind::Native || kind() == ObjKind::Bound;
  }
  // Where an Error was created / last thrown (line 0 = unknown).
  struct ErrorSite {
    std::string file;
    int line = 0;
    int col = 0;
    std::string source_line;  // synthetic sites (JSON text) carry their own source line
    bool synthetic = false;   // reported instead of the throw site, without a caret
    // Rethrown by Node from a nextTick (`process.nextTick(() => { throw err; })`): Node prints
    // a blank line first and none between the source line and the error.
    bool rethrown_from_tick = false;
  };
  ErrorSite& error_site() { return m_error_site; }

 private:
  JsObject* m_proto;
  PropertyMap m_props;
  ObjClass m_class = ObjClass::Plain;
  bool m_frozen = false;
  ErrorSite m_error_site;
};

// [SECTION] JsArray
class JsArray final : public JsObject {
 public:
  explicit JsArray(JsObject* proto) : JsObject(proto, ObjKind::Array) {}
  void Trace(Tracer& tracer) override;
  size_t Size() const override { return JsObject::Size() + m_items.capacity() * sizeof(Value); }
  ChargedVector<Value>& items() { return m_items; }
  void AttachAccount(HeapAccount* account) {
    JsObject::AttachAccount(account);
    m_items.set_account(account);
  }

 private:
  ChargedVector<Value> m_items;  // Empty values are holes
};

// [SECTION] Functions
class FunctionProto final : public HeapObject {
 public:
  FunctionProto(const FunctionCode* code, std::shared_ptr<const FunctionCode> root)
      : HeapObject(ObjKind::Proto), m_code(code), m_root(std::move(root)) {}
  void Trace(Tracer& tracer) override;
  size_t Size() const override { return sizeof(FunctionProto) + m_constants.size() * sizeof(Value); }

  const FunctionCode* code() const { return m_code; }
  std::vector<Value>& constants() { return m_constants; }
  std::vector<FunctionProto*>& children() { return m_children; }
  HeapString* name() const { return m_name; }
  void set_name(HeapString* name) { m_name = name; }

 private:
  const FunctionCode* m_code;
  std::shared_ptr<const FunctionCode> m_root;  // keeps the whole compiled tree alive
  std::vector<Value> m_constants;
  std::vector<FunctionProto*> m_children;
  HeapString* m_name = nullptr;
};

class JsFunction : public JsObject {
 public:
  JsFunction(JsObject* proto, ObjKind kind) : JsObject(proto, kind) {}
  void Trace(Tracer& tracer) override;
  HeapString* name() const { return m_name; }
  void set_name(HeapString* name) { m_name = name; }

 private:
  HeapString* m_name = nullptr;
};

class Closure final : public JsFunction {
 public:
  Closure(JsObject* function_proto, FunctionProto* proto) : JsFunction(function_proto, ObjKind::Closure), m_proto(proto) {}
  void Trace(Tracer& tracer) override;
  size_t Size() const override { return sizeof(Closure) + m_upvalues.size() * sizeof(void*); }
  FunctionProto* proto() const { return m_proto; }
  std::vector<HeapObject*>& upvalues() { return m_upvalues; }  // Boxes

 private:
  FunctionProto* m_proto;
  std::vector<HeapObject*> m_upvalues;
};

// The C++ signature of built-in functions. `args` lives on the VM stack (it is rooted).
// Return Value::Exception() after Vm::Throw* to throw.
using NativeFn = Value (*)(Vm& vm, Value this_value, Value* args, int argc, class NativeFunction* self);

// Natives the interpreter handles itself so calls through them stay on the VM stack
// (and so stay steppable).
enum class NativeKind : uint8_t {
  Plain,            // an ordinary native call
  FunctionCall,     // Function.prototype.call
  FunctionApply,    // Function.prototype.apply
  PromiseCtor,      // new Promise(executor): the executor runs as a VM frame
};

class NativeFunction final : public JsFunction {
 public:
  NativeFunction(JsObject* function_proto, NativeFn function, int length)
      : JsFunction(function_proto, ObjKind::Native), m_fn(function), m_length(length) {}
  void Trace(Tracer& tracer) override;
  size_t Size() const override { return sizeof(NativeFunction); }
  NativeFn fn() const { return m_fn; }
  int length() const { return m_length; }
  NativeKind native_kind() const { return m_native_kind; }
  void set_native_kind(NativeKind kind) { m_native_kind = kind; }
  bool is_constructor() const { return m_constructor; }
  void set_constructor(bool value) { m_constructor = value; }
  // Internal slots for natives created at run time (promise resolvers, resume functions).
  Value slots[3];

 private:
  NativeFn m_fn;
  int m_length;
  NativeKind m_native_kind = NativeKind::Plain;
  bool m_constructor = false;
};

class BoundFunction final : public JsFunction {
 public:
  BoundFunction(JsObject* function_proto, Value target, Value bound_this)
      : JsFunction(function_proto, ObjKind::Bound), m_target(target), m_this(bound_this) {}
  void Trace(Tracer& tracer) override;
  size_t Size() const override { return sizeof(BoundFunction) + m_args.size() * sizeof(Value); }
  Value target() const { return m_target; }
  Value bound_this() const { return m_this; }
  std::vector<Value>& args() { return m_args; }

 private:
  Value m_target;
  Value m_this;
  std::vector<Value> m_args;
};

// [SECTION] Internal cells
class Box final : public HeapObject {
 public:
  explicit Box(Value initial) : HeapObject(ObjKind::Box), value(initial) {}
  void Trace(Tracer& tracer) override;
  size_t Size() const override { return sizeof(Box); }
  Value value;
};

// Iteration state for for-of, for-in, spread and destructuring.
class IteratorObject final : public JsObject {
 public:
  enum class Source : uint8_t {
    Array,   // an array's elements
    String,  // a string's code points
    Keys,    // a precomputed array of keys (for-in)
    Map,     // Map entries / Set values
    Typed,   // a typed array's elements
    Generator,  // what a generator yields
    Protocol,   // a user's iterator (what its [Symbol.iterator]() gave): target.next() each step
    Async,      // for await: what [Symbol.asyncIterator]() gave; next() each step, its result awaited
    AsyncFromSync,  // for await over a sync iterable: target is its IteratorObject; each value awaited
  };
  IteratorObject(JsObject* proto, Source from, Value over)
      : JsObject(proto, ObjKind::Iterator), source(from), target(over) {}
  void Trace(Tracer& tracer) override;
  size_t Size() const override { return sizeof(IteratorObject); }
  Source source;
  Value target;
  size_t index = 0;
  uint8_t map_kind = 0;  // Map iterators: 0 entries, 1 keys, 2 values
  Value next_method;     // Protocol, Async: target's next, read once as the spec's GetIterator does
  bool exhausted = false;  // Protocol, Async: next() said done, or threw; closing it then calls nothing
};

enum class PromiseState : uint8_t {
  Pending,    // not settled yet
  Fulfilled,  // resolved with a value
  Rejected,   // rejected with a reason
};

// One PromiseReaction record (ECMAScript 27.2.1.2).
struct PromiseReaction {
  Value capability_promise;  // the derived promise, or undefined (await)
  Value resolve;             // its resolving functions (undefined when the promise is native)
  Value reject;
  Value handler;             // the callback, or undefined (pass through)
  bool is_reject = false;    // a rejection reaction
};

class JsPromise final : public JsObject {
 public:
  explicit JsPromise(JsObject* proto) : JsObject(proto, ObjKind::Promise) {}
  void Trace(Tracer& tracer) override;
  size_t Size() const override { return sizeof(JsPromise) + m_reactions.size() * sizeof(PromiseReaction); }
  PromiseState state = PromiseState::Pending;
  Value result;
  bool handled = false;  // a reaction was ever attached (for unhandled-rejection tracking)
  std::vector<PromiseReaction>& reactions() { return m_reactions; }

 private:
  std::vector<PromiseReaction> m_reactions;
};

// An exception handler pushed by a try statement.
struct Handler {
  uint32_t frame_index;  // which frame owns it
  uint32_t target;       // code offset of the catch/finally entry
  uint32_t sp_offset;    // operand stack height (from the frame's base) to restore
};

// A suspended async function activation: its slice of the stack, where it stopped, and its
// handlers. Resuming copies it back onto the VM stack.
class AsyncFrame final : public HeapObject {
 public:
  AsyncFrame() : HeapObject(ObjKind::AsyncFrame) {}
  void Trace(Tracer& tracer) override;
  size_t Size() const override { return sizeof(AsyncFrame) + saved.capacity() * sizeof(Value); }
  Value closure;                 // the async function
  Value promise;                 // the promise the call returned
  Value generator;               // an async generator's: the GeneratorObject it runs for
  std::vector<Value> saved;      // callee, this, locals and operands
  uint32_t ip_offset = 0;
  std::vector<Handler> handlers; // frame_index relative (always 0)
  // How the first activation was called when that was not a plain call (a promise reaction,
  // an executor, a microtask callback): applied once, when the call first returns its promise.
  uint8_t outer_kind = 0;
  Value outer_aux;
};

// What a call of a generator function returns (ECMAScript 27.5): the call's activation, kept in an
// AsyncFrame while it is suspended, and where it stands. An async generator's (27.6) also queues
// the next/throw/return calls that wait for their turn, each with the promise it returned.
class GeneratorObject final : public JsObject {
 public:
  enum class State : uint8_t {
    SuspendedStart,  // made by the call; the body has not started
    SuspendedYield,  // stopped at a yield
    Running,         // a next(), throw() or return() is running it (async: or it awaits)
    Completed,       // returned or threw: next() only says done
    AwaitingReturn,  // async, completed: awaiting the value a return() was given
  };
  // One next(value), throw(value) or return(value) of an async generator (27.6.3.1).
  struct Request {
    uint8_t how;     // Vm::GeneratorResume
    Value value;
    Value promise;   // what the call returned, settled when the request is answered
  };
  GeneratorObject(JsObject* proto, bool is_async)
      : JsObject(proto, is_async ? ObjKind::AsyncGenerator : ObjKind::Generator) {}
  void Trace(Tracer& tracer) override;
  size_t Size() const override { return sizeof(GeneratorObject) + queue.capacity() * sizeof(Request); }
  bool is_async() const { return kind() == ObjKind::AsyncGenerator; }
  AsyncFrame* frame = nullptr;  // the activation (null once completed)
  Value delegate;               // in a yield*: the IteratorObject that resumptions go to first
  State state = State::SuspendedStart;
  std::vector<Request> queue;   // async: oldest first; the first is the one running
};

// Map and Set share one insertion-ordered table (a Set's values are its keys). Deleted entries
// stay as tombstones so that live iterators, which hold an index, see later additions as the
// spec says; a hash index finds keys by SameValueZero in constant time.
class MapObject final : public JsObject {
 public:
  MapObject(JsObject* proto, bool set) : JsObject(proto, ObjKind::Map), is_set(set) {}
  void Trace(Tracer& tracer) override;
  size_t Size() const override { return sizeof(MapObject) + entries.capacity() * sizeof(Entry) + m_index.size() * 32; }
  void AttachAccount(HeapAccount* account) {
    JsObject::AttachAccount(account);
    entries.set_account(account);
  }
  struct Entry {
    Value key;
    Value value;
    bool deleted = false;
  };
  const Entry* Find(Value key) const;
  void Put(Value key, Value value);
  bool Remove(Value key);
  void Clear();

  bool is_set;
  ChargedVector<Entry> entries;
  size_t live = 0;

 private:
  static uint64_t Hash(Value key);
  // The entry index holding `key`, or -1.
  int64_t IndexOf(Value key) const;
  std::unordered_multimap<uint64_t, uint32_t> m_index;  // key hash -> entry index
};

// [SECTION] ArrayBuffer, SharedArrayBuffer and typed arrays
// The bytes behind an ArrayBuffer or a SharedArrayBuffer. A SharedArrayBuffer's bytes are
// shared by every agent it was sent to (each heap's buffer object holds the same SharedBytes).
// Every element access to them is a relaxed atomic, so threads racing on them make a JavaScript
// data race (a lost update), not C++ undefined behaviour.
struct SharedBytes {
  explicit SharedBytes(size_t count, bool is_shared);
  ~SharedBytes();
  SharedBytes(const SharedBytes&) = delete;
  SharedBytes& operator=(const SharedBytes&) = delete;
  uint8_t* data = nullptr;
  size_t size = 0;
  bool shared = false;  // a SharedArrayBuffer's
};

class ArrayBufferObject final : public JsObject {
 public:
  ArrayBufferObject(JsObject* proto, std::shared_ptr<SharedBytes> bytes)
      : JsObject(proto, ObjKind::ArrayBuffer), m_bytes(std::move(bytes)) {}
  size_t Size() const override {
    return JsObject::Size() - sizeof(JsObject) + sizeof(ArrayBufferObject) + (m_bytes ? m_bytes->size : 0);
  }
  const std::shared_ptr<SharedBytes>& bytes() const { return m_bytes; }
  bool shared() const { return m_bytes && m_bytes->shared; }

 private:
  std::shared_ptr<SharedBytes> m_bytes;
};

// What a typed array's elements are, in the order of the TypedArrayTypes table (typed_array.cpp).
enum class ElementType : uint8_t { Int8, Uint8, Uint8Clamped, Int16, Uint16, Int32, Uint32, Float32, Float64 };
inline constexpr int kElementTypeCount = 9;

struct ElementTypeInfo {
  const char* name;  // the constructor's name: "Int32Array"
  size_t size;       // BYTES_PER_ELEMENT
};
const ElementTypeInfo& InfoOf(ElementType type);

class TypedArrayObject final : public JsObject {
 public:
  TypedArrayObject(JsObject* proto, ElementType type, ArrayBufferObject* buffer, size_t byte_offset, size_t length)
      : JsObject(proto, ObjKind::TypedArray), m_type(type), m_buffer(buffer), m_byte_offset(byte_offset), m_length(length) {}
  void Trace(Tracer& tracer) override;
  size_t Size() const override { return JsObject::Size() - sizeof(JsObject) + sizeof(TypedArrayObject); }
  ElementType type() const { return m_type; }
  ArrayBufferObject* buffer() const { return m_buffer; }
  size_t byte_offset() const { return m_byte_offset; }
  size_t length() const { return m_length; }
  // The element at `index` (< length) as a number, and writing one (converted as the type says).
  double Get(size_t index) const;
  void Set(size_t index, double value);
  // Where element `index` lives, for Atomics.
  uint8_t* At(size_t index) const { return m_buffer->bytes()->data + m_byte_offset + index * InfoOf(m_type).size; }

 private:
  ElementType m_type;
  ArrayBufferObject* m_buffer;
  size_t m_byte_offset;
  size_t m_length;
};

}  // namespace th
