#include "runtime/structured_clone.h"

#include <cstring>
#include <unordered_map>
#include <vector>

#include "vm/inspect.h"

namespace th::runtime {

namespace {

// One byte names what follows; lengths and counts are 32-bit, numbers 64-bit IEEE.
enum class Tag : char {
  Undefined = 'u',
  Null = 'n',
  True = 't',
  False = 'f',
  Number = 'd',
  String = 's',
  Array = 'a',     // length, then each element (Hole for a missing one), then extra properties
  Hole = 'h',
  Object = 'o',    // count, then (key, value) pairs
  Map = 'm',       // count, then (key, value) pairs
  Set = 'S',       // count, then values
  Date = 'D',      // the time value
  Error = 'e',     // name, message (or Undefined), stack (or Undefined)
  Reference = 'r', // the index of an object already written (shared and cyclic references)
  Buffer = 'b',    // an ArrayBuffer: its bytes, copied
  Shared = 'B',    // a SharedArrayBuffer: an index into ClonedMessage::shared
  Typed = 'T',     // a typed array: element type, byte offset, length, then its buffer
};

constexpr std::size_t kPreviewLength = 60;

bool IsDate(Vm& vm, JsObject* object) { return object->props().Find(vm.Intern("[[DateValue]]")) != nullptr; }

class Writer {
 public:
  Writer(Vm& vm, ClonedMessage& out) : m_vm(vm), m_out(out.bytes), m_shared(out.shared) {}

  // False when `value` cannot be cloned (DataCloneError is then pending in the Vm).
  bool Write(Value value) {
    switch (value.tag) {
      case ValueTag::Undefined: Put(Tag::Undefined); return true;
      case ValueTag::Null: Put(Tag::Null); return true;
      case ValueTag::Boolean: Put(value.boolean ? Tag::True : Tag::False); return true;
      case ValueTag::Number: Put(Tag::Number); PutNumber(value.number); return true;
      case ValueTag::String: Put(Tag::String); PutText(value.AsString()->text()); return true;
      case ValueTag::Object: return WriteObject(value);
      default: return Fail(value);
    }
  }

 private:
  bool WriteObject(Value value) {
    HeapObject* object = value.object;
    auto seen = m_seen.find(object);
    if (seen != m_seen.end()) {
      Put(Tag::Reference);
      PutCount(seen->second);
      return true;
    }
    switch (object->kind()) {
      case ObjKind::Array: return WriteArray(static_cast<JsArray*>(object));
      case ObjKind::Map: return WriteCollection(static_cast<MapObject*>(object));
      case ObjKind::ArrayBuffer: {
        auto* buffer = static_cast<ArrayBufferObject*>(object);
        Remember(object);
        if (buffer->shared()) {
          Put(Tag::Shared);
          PutCount(m_shared.size());
          m_shared.push_back(buffer->bytes());
        } else {
          Put(Tag::Buffer);
          PutText(std::string_view(reinterpret_cast<const char*>(buffer->bytes()->data), buffer->bytes()->size));
        }
        return true;
      }
      case ObjKind::TypedArray: {
        auto* typed = static_cast<TypedArrayObject*>(object);
        Remember(object);
        Put(Tag::Typed);
        PutCount(static_cast<std::size_t>(typed->type()));
        PutCount(typed->byte_offset());
        PutCount(typed->length());
        return Write(Value::Object(typed->buffer()));
      }
      case ObjKind::Object: {
        JsObject* plain = static_cast<JsObject*>(object);
        if (plain->object_class() == ObjClass::Error) return WriteError(plain);
        if (IsDate(m_vm, plain)) {
          Remember(object);
          Put(Tag::Date);
          PutNumber(plain->props().Find(m_vm.Intern("[[DateValue]]"))->value.number);
          return true;
        }
        return WriteProperties(plain, Tag::Object);
      }
      default: return Fail(value);  // functions, promises, iterators
    }
  }

  bool WriteArray(JsArray* array) {
    Remember(array);
    Put(Tag::Array);
    const auto& items = array->items();
    PutCount(items.size());
    for (std::size_t i = 0; i < items.size(); ++i) {
      if (items[i].IsEmpty()) {
        Put(Tag::Hole);
      } else if (!Write(items[i])) {
        return false;
      }
    }
    return WriteOwnKeys(array, /*skip_indexes=*/true);
  }

  bool WriteProperties(JsObject* object, Tag tag) {
    Remember(object);
    Put(tag);
    return WriteOwnKeys(object, false);
  }

  bool WriteOwnKeys(JsObject* object, bool skip_indexes) {
    std::vector<HeapString*> keys = m_vm.OwnKeys(object);
    if (skip_indexes) std::erase_if(keys, [](HeapString* key) { return key->array_index() >= 0; });
    PutCount(keys.size());
    for (HeapString* key : keys) {
      PutText(key->text());
      const Value property = m_vm.Get(Value::Object(object), key);
      if (property.IsException() || !Write(property)) return false;
    }
    return true;
  }

  bool WriteCollection(MapObject* map) {
    Remember(map);
    Put(map->is_set ? Tag::Set : Tag::Map);
    PutCount(map->live);
    for (std::size_t i = 0; i < map->entries.size(); ++i) {
      const MapObject::Entry entry = map->entries[i];
      if (entry.deleted) continue;
      if (!Write(entry.key)) return false;
      if (!map->is_set && !Write(entry.value)) return false;
    }
    return true;
  }

  // The built-in error types keep their type; everything but name, message and stack is lost.
  bool WriteError(JsObject* error) {
    Remember(error);
    Put(Tag::Error);
    const Value name = m_vm.Get(Value::Object(error), m_vm.names().name);
    PutText(name.IsString() ? name.AsString()->text() : "Error");
    for (HeapString* key : {m_vm.names().message, m_vm.names().stack}) {
      Property* own = error->props().Find(key);
      if (own && own->value.IsString()) {
        Put(Tag::String);
        PutText(own->value.AsString()->text());
      } else {
        Put(Tag::Undefined);
      }
    }
    return true;
  }

  bool Fail(Value value) {
    std::string shown;
    if (value.IsObject() && value.object->kind() == ObjKind::Closure) {
      shown = static_cast<Closure*>(value.object)->proto()->code()->source_text;
    } else if (value.IsObject() && Vm::IsCallable(value)) {
      shown = "function () { [native code] }";
    } else if (value.IsObject() && value.object->kind() == ObjKind::Promise) {
      shown = "#<Promise>";
    } else if (value.IsObject()) {
      shown = "#<Object>";
    } else {
      shown = Inspect(m_vm, value, InspectOptions{});
    }
    // Node throws a DOMException named DataCloneError (code 25).
    JsObject* error = m_vm.NewError(m_vm.realm().error_proto, shown + " could not be cloned.");
    TempRoot keep(m_vm, error);
    m_vm.DefineOwn(error, m_vm.names().name, m_vm.Str("DataCloneError"), kHidden);
    m_vm.DefineOwn(error, m_vm.names().code, Value::Number(25), kHidden);
    m_vm.DefineOwn(error, m_vm.names().stack,
                   m_vm.Str("DataCloneError: " + shown + " could not be cloned." + m_vm.CaptureStack()), kHidden);
    m_vm.Throw(Value::Object(error));
    return false;
  }

  void Remember(HeapObject* object) { m_seen.emplace(object, static_cast<std::uint32_t>(m_seen.size())); }
  void Put(Tag tag) { m_out.push_back(static_cast<char>(tag)); }
  void PutCount(std::size_t count) {
    const auto value = static_cast<std::uint32_t>(count);
    m_out.append(reinterpret_cast<const char*>(&value), sizeof(value));
  }
  void PutNumber(double number) { m_out.append(reinterpret_cast<const char*>(&number), sizeof(number)); }
  void PutText(std::string_view text) {
    PutCount(text.size());
    m_out.append(text);
  }

  Vm& m_vm;
  std::string& m_out;
  std::vector<std::shared_ptr<SharedBytes>>& m_shared;
  std::unordered_map<HeapObject*, std::uint32_t> m_seen;
};

class Reader {
 public:
  Reader(Vm& vm, const ClonedMessage& message) : m_vm(vm), m_bytes(message.bytes), m_shared(message.shared) {
    m_objects = vm.NewArray();  // keeps what is built alive, and indexes it for references
    vm.PushRoot(Value::Object(m_objects));
  }
  ~Reader() { m_vm.PopRoot(); }

  Value Read() {
    switch (static_cast<Tag>(Next())) {
      case Tag::Undefined: return Value::Undefined();
      case Tag::Null: return Value::Null();
      case Tag::True: return Value::Bool(true);
      case Tag::False: return Value::Bool(false);
      case Tag::Number: return Value::Number(Number());
      case Tag::String: return m_vm.Str(Text());
      case Tag::Reference: return m_objects->items()[Count()];
      case Tag::Array: {
        JsArray* array = m_vm.NewArray();
        Remember(array);
        const std::uint32_t length = Count();
        for (std::uint32_t i = 0; i < length; ++i) {
          if (Peek() == Tag::Hole) {
            Next();
            array->items().push_back(Value::Empty());
          } else {
            const Value item = Read();
            array->items().push_back(item);
          }
        }
        ReadOwnKeys(array);
        return Value::Object(array);
      }
      case Tag::Object: {
        JsObject* object = m_vm.NewObject();
        Remember(object);
        ReadOwnKeys(object);
        return Value::Object(object);
      }
      case Tag::Map:
      case Tag::Set: {
        const bool is_set = static_cast<Tag>(m_bytes[m_at - 1]) == Tag::Set;
        Vm::Realm& realm = m_vm.realm();
        auto* map = m_vm.heap().New<MapObject>(is_set ? realm.set_proto : realm.map_proto, is_set);
        Remember(map);
        const std::uint32_t count = Count();
        for (std::uint32_t i = 0; i < count; ++i) {
          const Value key = Read();
          TempRoot keep_key(m_vm, key);
          const Value value = is_set ? key : Read();
          map->Put(key, value);
        }
        return Value::Object(map);
      }
      case Tag::Date: {
        const Value date_ctor = m_vm.Get(Value::Object(m_vm.realm().global), m_vm.Intern("Date"));
        const Value proto = date_ctor.IsObject() ? m_vm.Get(date_ctor, m_vm.names().prototype) : Value::Undefined();
        JsObject* date = m_vm.NewObject(proto.IsObject() ? static_cast<JsObject*>(proto.object) : nullptr);
        Remember(date);
        m_vm.DefineOwn(date, m_vm.Intern("[[DateValue]]"), Value::Number(Number()), 0);
        return Value::Object(date);
      }
      case Tag::Error: {
        const std::string name = Text();
        const Value message = Read();
        TempRoot keep_message(m_vm, message);
        const Value stack = Read();
        TempRoot keep_stack(m_vm, stack);
        JsObject* error = m_vm.NewError(ErrorProto(name), "");
        Remember(error);
        if (message.IsString()) m_vm.DefineOwn(error, m_vm.names().message, message, kHidden);
        if (stack.IsString()) m_vm.DefineOwn(error, m_vm.names().stack, stack, kHidden);
        return Value::Object(error);
      }
      case Tag::Buffer: {
        const std::string contents = Text();
        auto bytes = std::make_shared<SharedBytes>(contents.size(), false);
        if (!contents.empty()) std::memcpy(bytes->data, contents.data(), contents.size());
        ArrayBufferObject* buffer = m_vm.NewArrayBuffer(std::move(bytes));
        Remember(buffer);
        return Value::Object(buffer);
      }
      case Tag::Shared: {
        const std::uint32_t index = Count();
        if (index >= m_shared.size()) return Value::Undefined();
        ArrayBufferObject* buffer = m_vm.NewArrayBuffer(m_shared[index]);
        Remember(buffer);
        return Value::Object(buffer);
      }
      case Tag::Typed: {
        // Its index is taken before its buffer is read, as it was when written.
        const std::size_t slot = m_objects->items().size();
        m_objects->items().push_back(Value::Undefined());
        const auto type = static_cast<ElementType>(Count());
        const std::uint32_t offset = Count();
        const std::uint32_t length = Count();
        const Value buffer = Read();
        if (!buffer.IsObject() || buffer.object->kind() != ObjKind::ArrayBuffer) return Value::Undefined();
        TypedArrayObject* typed = m_vm.NewTypedArray(type, static_cast<ArrayBufferObject*>(buffer.object), offset, length);
        m_objects->items()[slot] = Value::Object(typed);
        return Value::Object(typed);
      }
      case Tag::Hole: break;
    }
    return Value::Undefined();
  }

 private:
  JsObject* ErrorProto(const std::string& name) {
    const Value constructor = m_vm.Get(Value::Object(m_vm.realm().global), m_vm.Intern(name));
    if (constructor.IsObject()) {
      const Value proto = m_vm.Get(constructor, m_vm.names().prototype);
      if (proto.IsObject()) return static_cast<JsObject*>(proto.object);
    }
    m_vm.ClearException();
    return m_vm.realm().error_proto;
  }

  void ReadOwnKeys(JsObject* object) {
    const std::uint32_t count = Count();
    for (std::uint32_t i = 0; i < count; ++i) {
      HeapString* key = m_vm.Intern(Text());
      TempRoot keep_key(m_vm, key);
      const Value value = Read();
      TempRoot keep_value(m_vm, value);
      m_vm.DefineOwn(object, key, value);
    }
  }

  void Remember(HeapObject* object) { m_objects->items().push_back(Value::Object(object)); }
  char Next() { return m_at < m_bytes.size() ? m_bytes[m_at++] : static_cast<char>(Tag::Undefined); }
  Tag Peek() const { return m_at < m_bytes.size() ? static_cast<Tag>(m_bytes[m_at]) : Tag::Undefined; }
  std::uint32_t Count() {
    std::uint32_t value = 0;
    if (m_at + sizeof(value) <= m_bytes.size()) std::memcpy(&value, m_bytes.data() + m_at, sizeof(value));
    m_at += sizeof(value);
    return value;
  }
  double Number() {
    double value = 0;
    if (m_at + sizeof(value) <= m_bytes.size()) std::memcpy(&value, m_bytes.data() + m_at, sizeof(value));
    m_at += sizeof(value);
    return value;
  }
  std::string Text() {
    const std::uint32_t length = Count();
    std::string text(m_bytes.substr(std::min(m_at, m_bytes.size()), length));
    m_at += length;
    return text;
  }

  Vm& m_vm;
  std::string_view m_bytes;
  const std::vector<std::shared_ptr<SharedBytes>>& m_shared;
  std::size_t m_at = 0;
  JsArray* m_objects;
};

std::string Preview(Vm& vm, Value value) {
  InspectOptions options;
  options.depth = 1;
  options.break_length = 1 << 20;  // one line
  std::string text = value.IsString() ? QuoteJsString(value.AsString()->text()) : Inspect(vm, value, options);
  if (text.size() > kPreviewLength) text = text.substr(0, kPreviewLength - 3) + "...";
  return text;
}

}  // namespace

bool SerializeMessage(Vm& vm, Value value, ClonedMessage* out) {
  TempRoot keep(vm, value);
  out->bytes.clear();
  out->shared.clear();
  Writer writer(vm, *out);
  if (!writer.Write(value)) return false;
  out->preview = Preview(vm, value);
  return true;
}

Value DeserializeMessage(Vm& vm, const ClonedMessage& message) {
  Reader reader(vm, message);
  return reader.Read();
}

Value StructuredClone(Vm& vm, Value value) {
  ClonedMessage message;
  if (!SerializeMessage(vm, value, &message)) return Value::Exception();
  return DeserializeMessage(vm, message);
}

}  // namespace th::runtime
