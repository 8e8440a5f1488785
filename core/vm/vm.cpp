// [SECTION] index
//   Host hook defaults
//   Construction, roots, loading
//   Allocation
//   Errors and stacks
//   Conversions and equality
//   Properties
//   Calls from C++
//   Misc (random, uncaught report)
#include "vm/vm.h"

#include <algorithm>
#include <cmath>
#include <cstring>

#include "lang/compiler.h"
#include "vm/builtins.h"
#include "vm/number_format.h"

namespace th {

// [SECTION] Host hook defaults
void HostHooks::EnqueueJob(Vm& vm, JobId id) { vm.QueueJobFifo(id); }
Value HostHooks::RequireModule(Vm& vm, std::string_view name) {
  (void)vm, (void)name;
  return Value::Empty();
}
Value HostHooks::HostGlobal(Vm& vm, std::string_view name) {
  (void)vm, (void)name;
  return Value::Empty();
}

double HostHooks::NowMs(Vm& vm) {
  return 1767225600000.0 + static_cast<double>(vm.instructions_executed()) / 1e6;
}

Value HostHooks::AtomicsWait(Vm& vm, const std::shared_ptr<SharedBytes>& memory, size_t byte_index, double timeout_ms) {
  (void)memory, (void)byte_index, (void)timeout_ms;
  return vm.Str("timed-out");
}

double HostHooks::AtomicsNotify(Vm& vm, const std::shared_ptr<SharedBytes>& memory, size_t byte_index, double count) {
  (void)vm, (void)memory, (void)byte_index, (void)count;
  return 0;
}

namespace {
// The default host: jobs go to the Vm's FIFO (EnqueueJob in the Vm does it when the host
// hook is this one), nothing else is provided.
class DefaultHost final : public HostHooks {};
}  // namespace

// [SECTION] Construction, roots, loading
Vm::Vm(const VmOptions& options, OutputSink* sink, HostHooks* host) : m_options(options), m_sink(sink), m_host(host) {
  if (!m_host) {
    m_default_host = std::make_unique<DefaultHost>();
    m_host = m_default_host.get();
  }
  m_heap = std::make_unique<Heap>([this](Tracer& tracer) { MarkRoots(tracer); });
  m_heap->set_limit(options.heap_limit);
  // Growth past the limit stops the interpreter at its next instruction, whose slow path
  // collects and ends the run if the heap is still over the limit.
  m_heap->account()->set_on_exhausted([](void* vm) { static_cast<Vm*>(vm)->CutCountdown(); }, this);
  static_assert(static_cast<uint64_t>(ValueTag::Undefined) == 0, "zeroed stack slots must read as undefined");
  m_stack = MakeZeroedArray<Value>(options.stack_slots);
  m_sp = m_stack.get();
  m_stack_end = m_stack.get() + options.stack_slots;
  m_frame_capacity = options.max_call_depth + 16;
  m_frames = MakeZeroedArray<CallFrame>(m_frame_capacity);
  uint64_t seed = options.random_seed;
  auto splitmix = [&seed]() {
    uint64_t z = (seed += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  };
  m_random_state[0] = splitmix();
  m_random_state[1] = splitmix();
  // Building the realm allocates objects that are not yet reachable from the realm struct
  // piecemeal; collections wait until it is complete.
  m_heap->set_paused(true);
  InitRealm();
  InstallBuiltins();
  m_heap->set_paused(false);
  RunPrelude();
  detail::ShareArrayMethods(*this);
  m_heap->set_stress(options.gc_stress);
}

Vm::~Vm() = default;

void Vm::set_observer(VmObserver* observer) {
  m_observer = observer;
  if (observer) {
    m_heap->on_allocate = [observer](HeapObject* object) { observer->OnAllocate(object->kind()); };
  } else {
    m_heap->on_allocate = nullptr;
  }
  CutCountdown();  // re-evaluate the chunk size at the next instruction
}

std::string Vm::KeyText(const HeapString* key) { return key->is_symbol() ? SymbolText(key) : key->text(); }

std::string Vm::SymbolText(const HeapString* symbol) { return "Symbol(" + symbol->text() + ")"; }

std::string Vm::ShownText(Value value) {
  switch (value.tag) {
    case ValueTag::Undefined: return "undefined";
    case ValueTag::Null: return "null";
    case ValueTag::Boolean: return value.boolean ? "true" : "false";
    case ValueTag::Number: return NumberToString(value.number);
    case ValueTag::String: return value.AsString()->text();
    case ValueTag::Symbol: return value.AsString()->is_private() ? value.AsString()->text() : SymbolText(value.AsString());
    default: return "#<Object>";
  }
}

HeapString* Vm::FunctionNameFor(HeapString* key) {
  if (!key->is_symbol()) return key;
  if (key->is_private()) return Intern(key->text());  // #name, as V8 names private methods
  return key->has_description() ? Intern("[" + key->text() + "]") : m_names.empty;
}

void Vm::MarkRoots(Tracer& tracer) {
  for (Value* slot = m_stack.get(); slot < m_sp; ++slot) tracer.Mark(*slot);
  for (uint32_t i = 0; i < m_frame_count; ++i) {
    tracer.MarkObject(m_frames[i].closure);
    tracer.Mark(m_frames[i].aux);
  }
  for (const Value& value : m_temp_roots) tracer.Mark(value);
  for (HeapObject* object : m_pinned) tracer.MarkObject(object);
  for (HeapString* key : m_index_keys) tracer.MarkObject(key);
  for (auto& entry : m_symbol_registry) tracer.MarkObject(entry.second);
  for (HeapString* text : m_ascii_strings) tracer.MarkObject(text);
  for (HeapString* key : m_large_index_keys) tracer.MarkObject(key);
  tracer.Mark(m_exception);
  tracer.Mark(m_uncaught_value);
  for (auto& entry : m_jobs) {
    tracer.Mark(entry.second.a);
    tracer.Mark(entry.second.b);
    tracer.Mark(entry.second.c);
  }
  for (const Value& value : m_pending_rejections) tracer.Mark(value);
  JsObject** realm_objects = reinterpret_cast<JsObject**>(&m_realm);
  for (size_t i = 0; i < sizeof(Realm) / sizeof(JsObject*); ++i) tracer.MarkObject(realm_objects[i]);
  HeapString** names = reinterpret_cast<HeapString**>(&m_names);
  for (size_t i = 0; i < sizeof(Names) / sizeof(HeapString*); ++i) tracer.MarkObject(names[i]);
}

FunctionProto* Vm::MaterializeProto(const FunctionCode* code, const std::shared_ptr<const FunctionCode>& root) {
  FunctionProto* proto = m_heap->New<FunctionProto>(code, root);
  TempRoot keep(*this, proto);
  proto->set_name(Intern(code->name));
  for (const Constant& constant : code->constants) {
    proto->constants().push_back(constant.is_string  ? Value::String(Intern(constant.text))
                                 : constant.is_cache ? Value::Undefined()
                                                     : Value::Number(constant.number));
  }
  for (const auto& child : code->functions) proto->children().push_back(MaterializeProto(child.get(), root));
  return proto;
}

bool Vm::Load(std::string_view source, const std::string& filename, Diagnostic* error) {
  CompileResult compiled = CompileProgram(source, filename);
  if (!compiled.ok()) {
    if (error && !compiled.diagnostics.empty()) *error = compiled.diagnostics.front();
    return false;
  }
  m_sources.emplace_back(filename, std::string(source));
  m_filename = filename;
  m_program = std::shared_ptr<const FunctionCode>(std::move(compiled.program));
  Value require = m_realm.prelude ? Get(Value::Object(m_realm.prelude), Intern("require")) : Value::Undefined();
  Value* callee_slot = m_sp;
  PushModuleCall(m_program, filename, require);
  return PushClosureFrame(static_cast<Closure*>(callee_slot->object), callee_slot, 5, kProgram, Value::Undefined());
}

JsObject* Vm::PushModuleCall(std::shared_ptr<const FunctionCode> root, const std::string& filename, Value require) {
  PushRoot(require);
  FunctionProto* proto = MaterializeProto(root.get(), root);
  TempRoot keep_proto(*this, proto);
  Closure* main = m_heap->New<Closure>(m_realm.function_proto, proto);
  *m_sp++ = Value::Object(main);
  JsObject* module = NewObject();
  *m_sp++ = Value::Object(module);  // this = module.exports, set below
  JsObject* exports = NewObject();
  m_sp[-1] = Value::Object(exports);
  *m_sp++ = Value::Object(exports);
  *m_sp++ = require;
  *m_sp++ = Value::Object(module);
  DefineOwn(module, Intern("exports"), Value::Object(exports));
  *m_sp++ = Str(m_options.module_directory == "." ? filename : m_options.module_directory + "/" + filename);
  *m_sp++ = Str(m_options.module_directory);
  PopRoot();
  return module;
}

Value Vm::RunModule(std::string_view source, const std::string& filename, Value require) {
  CompileResult compiled = CompileProgram(source, filename);
  if (!compiled.ok()) {
    const Diagnostic& diagnostic = compiled.diagnostics.front();
    JsObject* error = NewError(m_realm.syntax_error_proto, diagnostic.message);
    error->error_site() = {filename, diagnostic.line, diagnostic.col, "", false};
    m_sources.emplace_back(filename, std::string(source));
    return Throw(Value::Object(error));
  }
  m_sources.emplace_back(filename, std::string(source));
  std::shared_ptr<const FunctionCode> root(std::move(compiled.program));
  Value* callee_slot = m_sp;
  JsObject* module = PushModuleCall(root, filename, require);
  Value function = callee_slot[0];
  Value args[5] = {callee_slot[2], callee_slot[3], callee_slot[4], callee_slot[5], callee_slot[6]};
  Value this_value = callee_slot[1];
  Value result = Call(function, this_value, args, 5);
  m_sp = callee_slot;
  if (result.IsException()) return result;
  TempRoot keep(*this, module);
  return Get(Value::Object(module), Intern("exports"));
}

const std::string& Vm::SourceOf(std::string_view filename) const {
  for (const auto& [name, source] : m_sources) {
    if (name == filename) return source;
  }
  static const std::string kNone;
  return kNone;
}

// [SECTION] Allocation
HeapString* Vm::NewString(std::string text) {
  if (text.size() <= 1) {
    // One-character strings are shared; the ASCII ones are also kept at hand (rooted), which
    // spares a lookup in the intern table for each (`s += i % 10`, s[i]).
    const auto c = text.empty() ? 0u : static_cast<unsigned char>(text[0]);
    if (text.empty() || c >= m_ascii_strings.size()) return Intern(text);
    if (!m_ascii_strings[c]) m_ascii_strings[c] = Intern(text);
    return m_ascii_strings[c];
  }
  return m_heap->New<HeapString>(std::move(text));
}

HeapString* Vm::IndexKey(size_t index) {
  constexpr size_t kCached = 1 << 16;
  if (index < kCached) {
    while (m_index_keys.size() <= index) {
      HeapString* key = Intern(std::to_string(m_index_keys.size()));
      m_index_keys.push_back(key);
    }
    return m_index_keys[index];
  }
  HeapString* key = Intern(std::to_string(index));
  if (m_large_index_keys.size() < 4096) {
    m_large_index_keys.push_back(key);
  } else {
    m_large_index_keys[m_large_index_next++ % 4096] = key;
  }
  return key;
}

JsObject* Vm::NewObject(JsObject* proto) { return m_heap->New<JsObject>(proto); }
JsObject* Vm::NewObject() { return m_heap->New<JsObject>(m_realm.object_proto); }

JsArray* Vm::NewArray(size_t reserve) {
  JsArray* array = m_heap->New<JsArray>(m_realm.array_proto);
  if (reserve) array->items().reserve(reserve);
  return array;
}

NativeFunction* Vm::NewNative(std::string_view name, NativeFn fn, int length) {
  HeapString* interned = Intern(name);
  TempRoot keep(*this, interned);
  NativeFunction* native = m_heap->New<NativeFunction>(m_realm.function_proto, fn, length);
  native->set_name(interned);
  return native;
}

JsPromise* Vm::NewPromise() { return m_heap->New<JsPromise>(m_realm.promise_proto); }

// [SECTION] Errors and stacks
std::string Vm::CurrentFile() const { return m_filename; }

std::string Vm::CaptureStack(int skip_top) {
  std::string stack;
  int depth = 0;
  for (uint32_t i = m_frame_count; i > 0; --i) {
    if (skip_top-- > 0) continue;
    const CallFrame& frame = m_frames[i - 1];
    const FunctionCode* code = frame.closure->proto()->code();
    if (code->file == kPreludeFile) continue;
    uint32_t offset = static_cast<uint32_t>(frame.ip - code->code.data());
    const PositionEntry* position = code->PositionAt(offset > 0 ? offset - 1 : 0);
    std::string where = code->file + ":" + std::to_string(position ? position->line : code->line) + ":" +
                        std::to_string(position ? position->col : code->col);
    std::string name = code->is_program ? "Object.<anonymous>" : code->name;
    if (frame.closure->name() && !frame.closure->name()->text().empty()) name = frame.closure->name()->text();
    if (code->is_async && !name.empty() && !code->is_program) name = "async " + name;
    stack += name.empty() ? "\n    at " + where : "\n    at " + name + " (" + where + ")";
    if (++depth >= 10) break;
  }
  return stack;
}

JsObject* Vm::NewError(JsObject* proto, std::string_view message) {
  JsObject* error = NewObject(proto);
  TempRoot keep(*this, error);
  error->set_object_class(ObjClass::Error);
  if (!message.empty()) DefineOwn(error, m_names.message, Str(std::string(message)), kHidden);
  // stack = "Name: message" + frames
  std::string name = "Error";
  Property* name_property = FindProperty(error, m_names.name);
  if (name_property && name_property->value.IsString()) name = name_property->value.AsString()->text();
  std::string header = message.empty() ? name : name + ": " + std::string(message);
  DefineOwn(error, m_names.stack, Str(header + CaptureStack()), kHidden);
  error->error_site() = CurrentSite();
  return error;
}

Value Vm::Throw(Value error) {
  m_exception = error;
  m_has_exception = true;
  return Value::Exception();
}
Value Vm::ThrowError(std::string_view message) { return Throw(Value::Object(NewError(m_realm.error_proto, message))); }
Value Vm::ThrowTypeError(std::string_view message) { return Throw(Value::Object(NewError(m_realm.type_error_proto, message))); }
Value Vm::ThrowRangeError(std::string_view message) { return Throw(Value::Object(NewError(m_realm.range_error_proto, message))); }
Value Vm::ThrowReferenceError(std::string_view message) {
  return Throw(Value::Object(NewError(m_realm.reference_error_proto, message)));
}
Value Vm::ThrowSyntaxError(std::string_view message) {
  return Throw(Value::Object(NewError(m_realm.syntax_error_proto, message)));
}

// [SECTION] Conversions and equality
bool Vm::ToBoolean(Value value) {
  switch (value.tag) {
    case ValueTag::Undefined:
    case ValueTag::Null: return false;
    case ValueTag::Boolean: return value.boolean;
    case ValueTag::Number: return !(value.number == 0 || std::isnan(value.number));
    case ValueTag::String: return !value.AsString()->text().empty();
    default: return true;
  }
}

double Vm::StringToNumber(std::string_view text) { return JsStringToNumber(text); }
std::string Vm::NumberToString(double value) { return JsNumberToString(value); }

double Vm::ToNumberPrimitive(Value value) {
  switch (value.tag) {
    case ValueTag::Undefined: return std::nan("");
    case ValueTag::Null: return 0;
    case ValueTag::Boolean: return value.boolean ? 1 : 0;
    case ValueTag::Number: return value.number;
    case ValueTag::String: return JsStringToNumber(value.AsString()->text());
    default: return std::nan("");
  }
}

Value Vm::ToPrimitive(Value value, PrimitiveHint hint_kind) {
  if (!value.IsObject()) return value;
  TempRoot keep(*this, value);
  Value exotic = Get(value, m_names.toPrimitive);
  if (exotic.IsException()) return exotic;
  const bool hint_string = hint_kind == PrimitiveHint::String;
  if (IsCallable(exotic)) {
    const char* hint_text = hint_string ? "string" : hint_kind == PrimitiveHint::Number ? "number" : "default";
    Value hint = Value::String(Intern(hint_text));
    Value result = Call(exotic, value, &hint, 1);
    if (result.IsException() || !result.IsObject()) return result;
    return ThrowTypeError("Cannot convert object to primitive value");
  }
  HeapString* order[2] = {m_names.valueOf, m_names.toString};
  if (hint_string) std::swap(order[0], order[1]);
  for (HeapString* method_name : order) {
    Value method = Get(value, method_name);
    if (method.IsException()) return method;
    if (IsCallable(method)) {
      Value result = Call(method, value, nullptr, 0);
      if (result.IsException()) return result;
      if (!result.IsObject()) return result;
    }
  }
  return ThrowTypeError("Cannot convert object to primitive value");
}

bool Vm::ToNumber(Value value, double* out) {
  if (value.IsNumber()) {
    *out = value.number;
    return true;
  }
  if (value.IsObject()) {
    value = ToPrimitive(value, PrimitiveHint::Number);
    if (value.IsException()) return false;
  }
  if (value.IsSymbol()) {
    ThrowTypeError("Cannot convert a Symbol value to a number");
    return false;
  }
  *out = ToNumberPrimitive(value);
  return true;
}

HeapString* Vm::ToString(Value value) {
  switch (value.tag) {
    case ValueTag::Undefined: return Intern("undefined");
    case ValueTag::Null: return Intern("null");
    case ValueTag::Boolean: return Intern(value.boolean ? "true" : "false");
    case ValueTag::Number: return NewString(JsNumberToString(value.number));
    case ValueTag::String: return value.AsString();
    case ValueTag::Object: {
      Value primitive = ToPrimitive(value, PrimitiveHint::String);
      if (primitive.IsException()) return nullptr;
      return ToString(primitive);
    }
    case ValueTag::Symbol:
      ThrowTypeError("Cannot convert a Symbol value to a string");
      return nullptr;
    default: return Intern("");
  }
}

HeapString* Vm::ToPropertyKey(Value value) {
  if (value.IsSymbol()) return value.AsString();
  if (value.IsString()) {
    HeapString* string = value.AsString();
    return string->interned() ? string : Intern(string->text());
  }
  if (value.IsNumber()) {
    double number = value.number;
    if (number >= 0 && number < 1e9 && number == std::floor(number)) {
      char buffer[16];
      int length = std::snprintf(buffer, sizeof buffer, "%u", static_cast<unsigned>(number));
      return Intern(std::string_view(buffer, static_cast<size_t>(length)));
    }
    return Intern(JsNumberToString(number));
  }
  if (value.IsObject()) {
    value = ToPrimitive(value, PrimitiveHint::String);
    if (value.IsException()) return nullptr;
    if (value.IsSymbol()) return value.AsString();
  }
  HeapString* string = ToString(value);
  if (!string) return nullptr;
  return string->interned() ? string : Intern(string->text());
}

HeapString* Vm::TypeOf(Value value) {
  switch (value.tag) {
    case ValueTag::Undefined: return Intern("undefined");
    case ValueTag::Null: return Intern("object");
    case ValueTag::Boolean: return Intern("boolean");
    case ValueTag::Number: return Intern("number");
    case ValueTag::String: return Intern("string");
    case ValueTag::Symbol: return Intern("symbol");
    case ValueTag::Object: return Intern(IsCallable(value) ? "function" : "object");
    default: return Intern("undefined");
  }
}

bool Vm::StrictEquals(Value a, Value b) const {
  if (a.tag != b.tag) return false;
  switch (a.tag) {
    case ValueTag::Undefined:
    case ValueTag::Null: return true;
    case ValueTag::Boolean: return a.boolean == b.boolean;
    case ValueTag::Number: return a.number == b.number;
    case ValueTag::String: return a.object == b.object || a.AsString()->text() == b.AsString()->text();
    default: return a.object == b.object;
  }
}

bool Vm::SameValueZero(Value a, Value b) {
  if (a.IsNumber() && b.IsNumber()) {
    if (std::isnan(a.number) && std::isnan(b.number)) return true;
    return a.number == b.number;
  }
  if (a.tag != b.tag) return false;
  if (a.IsString()) return a.object == b.object || a.AsString()->text() == b.AsString()->text();
  if (a.IsBool()) return a.boolean == b.boolean;
  if (a.IsNullish()) return true;
  return a.object == b.object;
}

bool Vm::LooseEquals(Value a, Value b, bool* ok) {
  *ok = true;
  while (true) {
    if (a.tag == b.tag) return StrictEquals(a, b);
    if (a.IsNullish() && b.IsNullish()) return true;
    if (a.IsNullish() || b.IsNullish()) return false;
    if (a.IsNumber() && b.IsString()) return a.number == ToNumberPrimitive(b);
    if (a.IsString() && b.IsNumber()) return ToNumberPrimitive(a) == b.number;
    if (a.IsBool()) {
      a = Value::Number(a.boolean ? 1 : 0);
      continue;
    }
    if (b.IsBool()) {
      b = Value::Number(b.boolean ? 1 : 0);
      continue;
    }
    if (a.IsObject() && !b.IsObject()) {
      TempRoot keep(*this, b);
      a = ToPrimitive(a, PrimitiveHint::Default);
      if (a.IsException()) {
        *ok = false;
        return false;
      }
      continue;
    }
    if (b.IsObject() && !a.IsObject()) {
      TempRoot keep(*this, a);
      b = ToPrimitive(b, PrimitiveHint::Default);
      if (b.IsException()) {
        *ok = false;
        return false;
      }
      continue;
    }
    return false;
  }
}

// [SECTION] Properties
bool Vm::IsCallable(Value value) {
  if (!value.IsObject()) return false;
  ObjKind kind = value.object->kind();
  return kind == ObjKind::Closure || kind == ObjKind::Native || kind == ObjKind::Bound;
}

Property* Vm::FindProperty(JsObject* object, HeapString* key) {
  for (JsObject* current = object; current; current = current->proto()) {
    if (Property* property = current->props().Find(key)) return property;
  }
  return nullptr;
}

namespace {

// Reads a character of a string as a one-character string (UTF-16 index).
std::string CharAt(const HeapString* string, size_t index) {
  const std::string& text = string->text();
  if (string->is_ascii()) return std::string(1, text[index]);
  size_t units = 0;
  for (size_t i = 0; i < text.size();) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    size_t length = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    size_t width = length == 4 ? 2 : 1;
    if (index < units + width) {
      if (width == 1) return text.substr(i, length);
      // One half of a surrogate pair: a lone surrogate, encoded as the lexer encodes "\ud83d".
      uint32_t cp = ((c & 0x07u) << 18) | ((static_cast<unsigned char>(text[i + 1]) & 0x3Fu) << 12) |
                    ((static_cast<unsigned char>(text[i + 2]) & 0x3Fu) << 6) | (static_cast<unsigned char>(text[i + 3]) & 0x3Fu);
      cp -= 0x10000;
      uint32_t unit = index == units ? 0xD800 + (cp >> 10) : 0xDC00 + (cp & 0x3FF);
      std::string out;
      out.push_back(static_cast<char>(0xE0 | (unit >> 12)));
      out.push_back(static_cast<char>(0x80 | ((unit >> 6) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | (unit & 0x3F)));
      return out;
    }
    units += width;
    i += length;
  }
  return "";
}

}  // namespace

Value Vm::Get(Value object, HeapString* key) {
  JsObject* start = nullptr;
  switch (object.tag) {
    case ValueTag::Object: {
      JsObject* o = static_cast<JsObject*>(object.object);
      if (o->kind() == ObjKind::Array) {
        JsArray* array = static_cast<JsArray*>(o);
        if (key == m_names.length) return Value::Number(static_cast<double>(array->items().size()));
        int64_t index = key->array_index();
        if (index >= 0) {
          if (static_cast<size_t>(index) < array->items().size()) {
            Value item = array->items()[static_cast<size_t>(index)];
            return item.IsEmpty() ? Value::Undefined() : item;
          }
          return Value::Undefined();
        }
      }
      if (o->kind() == ObjKind::TypedArray) {
        const auto* typed = static_cast<TypedArrayObject*>(o);
        if (key == m_names.length) return Value::Number(static_cast<double>(typed->length()));
        if (const int64_t index = key->array_index(); index >= 0) {
          return static_cast<size_t>(index) < typed->length() ? Value::Number(typed->Get(static_cast<size_t>(index)))
                                                              : Value::Undefined();
        }
      }
      if (Property* property = FindProperty(o, key)) {
        return property->flags & kAccessor ? CallGetter(property->value, object) : property->value;
      }
      if (key->is_private()) {
        return ThrowTypeError("Cannot read private member " + key->text() + " from an object whose class did not declare it");
      }
      if (o->kind() == ObjKind::Map && key == m_names.size) {
        return Value::Number(static_cast<double>(static_cast<MapObject*>(o)->live));
      }
      if (o->IsCallable()) {
        JsFunction* function = static_cast<JsFunction*>(o);
        if (key == m_names.name) {
          if (function->name()) return Value::String(function->name());
          if (o->kind() == ObjKind::Closure) return Value::String(static_cast<Closure*>(o)->proto()->name());
          return Value::String(m_names.empty);
        }
        if (key == m_names.length) {
          if (o->kind() == ObjKind::Closure) return Value::Number(static_cast<Closure*>(o)->proto()->code()->length);
          if (o->kind() == ObjKind::Native) return Value::Number(static_cast<NativeFunction*>(o)->length());
          return Value::Number(0);
        }
        if (key == m_names.prototype && o->kind() == ObjKind::Closure) {
          const FunctionCode* code = static_cast<Closure*>(o)->proto()->code();
          if (!code->is_arrow && (!code->is_async || code->is_generator)) {
            // Created on first use: most functions are never constructors. A generator
            // function's is what its generator objects inherit from, with no constructor.
            TempRoot keep(*this, object);
            JsObject* generator_proto = code->is_async ? m_realm.async_generator_proto : m_realm.generator_proto;
            JsObject* prototype = code->is_generator ? m_heap->New<JsObject>(generator_proto) : NewObject();
            TempRoot keep_proto(*this, prototype);
            if (!code->is_generator) DefineOwn(prototype, m_names.constructor, object, kHidden);
            DefineOwn(o, m_names.prototype, Value::Object(prototype), kWritable);
            return Value::Object(prototype);
          }
        }
      }
      return Value::Undefined();
    }
    case ValueTag::String: {
      HeapString* string = object.AsString();
      if (key == m_names.length) return Value::Number(static_cast<double>(string->Length()));
      int64_t index = key->array_index();
      if (index >= 0) {
        if (static_cast<size_t>(index) < string->Length()) return Value::String(Intern(CharAt(string, static_cast<size_t>(index))));
        return Value::Undefined();
      }
      start = m_realm.string_proto;
      break;
    }
    case ValueTag::Number: start = m_realm.number_proto; break;
    case ValueTag::Boolean: start = m_realm.boolean_proto; break;
    case ValueTag::Symbol: {
      if (key == m_names.description) {
        HeapString* symbol = object.AsString();
        return symbol->has_description() ? Value::String(NewString(symbol->text())) : Value::Undefined();
      }
      start = m_realm.symbol_proto;
      break;
    }
    case ValueTag::Undefined:
    case ValueTag::Null:
      return ThrowTypeError("Cannot read properties of " + std::string(object.IsNull() ? "null" : "undefined") +
                            " (reading '" + KeyText(key) + "')");
    default: return Value::Undefined();
  }
  Property* property = FindProperty(start, key);
  if (property && (property->flags & kAccessor)) return CallGetter(property->value, object);
  return property ? property->value : Value::Undefined();
}

Value Vm::GetElement(Value object, Value key) {
  if (object.IsObject() && key.IsNumber()) {
    JsObject* o = static_cast<JsObject*>(object.object);
    double number = key.number;
    if (o->kind() == ObjKind::Array && number >= 0 && number == std::floor(number)) {
      auto& items = static_cast<JsArray*>(o)->items();
      if (number < static_cast<double>(items.size())) {
        Value item = items[static_cast<size_t>(number)];
        return item.IsEmpty() ? Value::Undefined() : item;
      }
      if (number < 4294967295.0) return Value::Undefined();
    }
  }
  if (object.IsString() && key.IsNumber()) {
    HeapString* string = object.AsString();
    double number = key.number;
    if (number >= 0 && number == std::floor(number)) {
      if (number < static_cast<double>(string->Length())) {
        return Value::String(Intern(CharAt(string, static_cast<size_t>(number))));
      }
      return Value::Undefined();
    }
  }
  if (object.IsNullish()) {
    TempRoot keep(*this, object);
    HeapString* name = ToPropertyKey(key);
    if (!name) return Value::Exception();
    return Get(object, name);
  }
  TempRoot keep(*this, object);
  HeapString* name = ToPropertyKey(key);
  if (!name) return Value::Exception();
  return Get(object, name);
}

void Vm::DefineOwn(JsObject* object, HeapString* key, Value value, uint8_t flags) {
  if (object->kind() == ObjKind::Array && key->array_index() >= 0) {
    auto& items = static_cast<JsArray*>(object)->items();
    size_t index = static_cast<size_t>(key->array_index());
    if (index >= items.size()) {
      // Elements are stored densely: a far index grows the array (holes are Empty values).
      if (!ReserveHeap((index + 1 - items.size()) * sizeof(Value))) return;
      items.resize(index + 1, Value::Empty());
    }
    items[index] = value;
    return;
  }
  if (Property* property = object->props().Find(key)) {
    property->value = value;
    property->flags = flags;
    return;
  }
  object->props().Add(key, value, flags);
}

void Vm::DefineMethod(JsObject* object, std::string_view name, NativeFn fn, int length) {
  TempRoot keep(*this, object);
  NativeFunction* native = NewNative(name, fn, length);
  TempRoot keep_native(*this, native);
  DefineOwn(object, Intern(name), Value::Object(native), kHidden);
}

bool Vm::Set(Value object, HeapString* key, Value value) {
  if (!object.IsObject()) {
    if (object.IsNullish()) {
      ThrowTypeError("Cannot set properties of " + std::string(object.IsNull() ? "null" : "undefined") + " (setting '" +
                     KeyText(key) + "')");
      return false;
    }
    return true;  // primitives: silently ignored in sloppy mode
  }
  JsObject* o = static_cast<JsObject*>(object.object);
  if (key->is_private()) return SetPrivate(object, key, value);
  if (o->frozen()) return true;
  if (o->kind() == ObjKind::TypedArray && key->array_index() >= 0) {
    // An element is always a number of the array's type; one past the end is ignored.
    double number = 0;
    if (!ToNumber(value, &number)) return false;
    auto* typed = static_cast<TypedArrayObject*>(o);
    if (static_cast<size_t>(key->array_index()) < typed->length()) typed->Set(static_cast<size_t>(key->array_index()), number);
    return true;
  }
  if (o->kind() == ObjKind::Array) {
    JsArray* array = static_cast<JsArray*>(o);
    if (key == m_names.length) {
      double number = 0;
      if (!ToNumber(value, &number)) return false;
      if (number < 0 || number != std::floor(number) || number > 4294967295.0) {
        ThrowRangeError("Invalid array length");
        return false;
      }
      const size_t length = static_cast<size_t>(number);
      if (length > array->items().size() && !ReserveHeap((length - array->items().size()) * sizeof(Value))) return true;
      array->items().resize(length, Value::Empty());
      return true;
    }
    if (key->array_index() >= 0) {
      DefineOwn(o, key, value);
      return true;
    }
  }
  if (Property* own = o->props().Find(key)) {
    if (own->flags & kAccessor) return CallSetter(own->value, object, value, key);
    if (own->flags & kWritable) own->value = value;
    return true;
  }
  // An inherited read-only property blocks the assignment (silently, in sloppy mode); an
  // inherited setter takes it.
  if (Property* inherited = o->proto() ? FindProperty(o->proto(), key) : nullptr) {
    if (inherited->flags & kAccessor) return CallSetter(inherited->value, object, value, key);
    if (!(inherited->flags & kWritable)) return true;
  }
  o->props().Add(key, value, kDefault);
  return true;
}

// obj.#x = value: only an object that has #x (its class's constructor defined it, or it is a
// method or accessor of the class) takes it, frozen or not.
bool Vm::SetPrivate(Value object, HeapString* key, Value value) {
  JsObject* o = static_cast<JsObject*>(object.object);
  if (Property* own = o->props().Find(key); own && !(own->flags & kAccessor)) {
    own->value = value;
    return true;
  }
  Property* found = FindProperty(o, key);
  if (found && (found->flags & kAccessor)) return CallSetter(found->value, object, value, key);
  ThrowTypeError(found ? "Private method '" + key->text() + "' is not writable"
                       : "Cannot write private member " + key->text() + " to an object whose class did not declare it");
  return false;
}

bool Vm::SetElement(Value object, Value key, Value value) {
  if (object.IsObject() && key.IsNumber() && object.object->kind() == ObjKind::TypedArray && value.IsNumber()) {
    auto* typed = static_cast<TypedArrayObject*>(object.object);
    const double number = key.number;
    if (number >= 0 && number == std::floor(number)) {
      if (number < static_cast<double>(typed->length())) typed->Set(static_cast<size_t>(number), value.number);
      return true;
    }
  }
  if (object.IsObject() && key.IsNumber() && object.object->kind() == ObjKind::Array) {
    double number = key.number;
    auto& items = static_cast<JsArray*>(object.object)->items();
    if (number >= 0 && number == std::floor(number) && !static_cast<JsObject*>(object.object)->frozen()) {
      if (number < static_cast<double>(items.size())) {
        items[static_cast<size_t>(number)] = value;
        return true;
      }
      if (number == static_cast<double>(items.size())) {
        items.push_back(value);
        return true;
      }
    }
  }
  TempRoot keep_object(*this, object);
  TempRoot keep_value(*this, value);
  HeapString* name = ToPropertyKey(key);
  if (!name) return false;
  return Set(object, name, value);
}

bool Vm::HasProperty(Value object, HeapString* key) {
  if (!object.IsObject()) return false;
  JsObject* o = static_cast<JsObject*>(object.object);
  if (o->kind() == ObjKind::TypedArray && key->array_index() >= 0) {
    return static_cast<size_t>(key->array_index()) < static_cast<TypedArrayObject*>(o)->length();
  }
  if (o->kind() == ObjKind::Array) {
    auto& items = static_cast<JsArray*>(o)->items();
    if (key == m_names.length) return true;
    int64_t index = key->array_index();
    if (index >= 0) return static_cast<size_t>(index) < items.size() && !items[static_cast<size_t>(index)].IsEmpty();
  }
  return FindProperty(o, key) != nullptr;
}

bool Vm::DeleteProperty(Value object, HeapString* key) {
  if (!object.IsObject()) return true;
  JsObject* o = static_cast<JsObject*>(object.object);
  if (o->frozen()) return false;
  if (o->kind() == ObjKind::Array && key->array_index() >= 0) {
    auto& items = static_cast<JsArray*>(o)->items();
    size_t index = static_cast<size_t>(key->array_index());
    if (index < items.size()) items[index] = Value::Empty();
    return true;
  }
  o->props().Remove(key);
  return true;
}

std::vector<HeapString*> Vm::OwnKeys(JsObject* object, bool include_hidden, KeyKinds kinds) {
  std::vector<HeapString*> keys;
  auto wanted = [&](const Property& entry) { return include_hidden || (entry.flags & kEnumerable); };
  if (kinds != KeyKinds::Symbols) {
    if (object->kind() == ObjKind::TypedArray) {
      for (size_t i = 0; i < static_cast<TypedArrayObject*>(object)->length(); ++i) keys.push_back(IndexKey(i));
    }
    if (object->kind() == ObjKind::Array) {
      auto& items = static_cast<JsArray*>(object)->items();
      for (size_t i = 0; i < items.size(); ++i) {
        if (!items[i].IsEmpty()) keys.push_back(IndexKey(i));
      }
    }
    std::vector<HeapString*> integers;
    for (auto& entry : object->props().entries()) {
      if (wanted(entry) && entry.key->array_index() >= 0) integers.push_back(entry.key);
    }
    std::sort(integers.begin(), integers.end(),
              [](HeapString* a, HeapString* b) { return a->array_index() < b->array_index(); });
    keys.insert(keys.end(), integers.begin(), integers.end());
    for (auto& entry : object->props().entries()) {
      if (wanted(entry) && entry.key->array_index() < 0 && !entry.key->is_symbol()) keys.push_back(entry.key);
    }
  }
  if (kinds != KeyKinds::Strings) {
    for (auto& entry : object->props().entries()) {
      if (wanted(entry) && entry.key->is_symbol() && !entry.key->is_private()) keys.push_back(entry.key);
    }
  }
  return keys;
}

// [SECTION] Calls from C++
Value Vm::Call(Value function, Value this_value, const Value* args, int argc) {
  if (m_native_depth > 200) return ThrowRangeError("Maximum call stack size exceeded");
  if (m_sp + argc + 2 >= m_stack_end) return ThrowRangeError("Maximum call stack size exceeded");
  Value* callee_slot = m_sp;
  *m_sp++ = function;
  *m_sp++ = this_value;
  for (int i = 0; i < argc; ++i) *m_sp++ = args[i];
  uint32_t depth = m_frame_count;
  if (!CallValue(callee_slot, argc, kNormal, Value::Undefined())) {
    m_sp = callee_slot;
    return Value::Exception();
  }
  // A JavaScript function runs to completion on a nested loop; a native one has returned.
  if (m_frame_count > depth) return RunNested(depth, callee_slot);
  Value result = *callee_slot;
  m_sp = callee_slot;
  return result;
}

Value Vm::RunNested(uint32_t depth, Value* callee_slot) {
  ++m_native_depth;
  const RunStatus status = Run(depth);
  --m_native_depth;
  const Value result = status == RunStatus::Done ? *callee_slot : Value::Exception();
  if (status == RunStatus::Terminated) m_has_exception = true;  // (a Threw has its exception already)
  m_sp = callee_slot;
  return result;
}

Value Vm::Construct(Value constructor, const Value* args, int argc) {
  if (!IsCallable(constructor)) return ThrowTypeError("not a constructor");
  JsObject* function = static_cast<JsObject*>(constructor.object);
  if (function->kind() == ObjKind::Native) {
    // Natives construct when called with `this` = Empty (the `new` marker).
    NativeFunction* native = static_cast<NativeFunction*>(function);
    Value* saved = m_sp;
    Value* callee_slot = m_sp;
    *m_sp++ = constructor;
    *m_sp++ = Value::Empty();
    for (int i = 0; i < argc; ++i) *m_sp++ = args[i];
    Value result = native->fn()(*this, Value::Empty(), callee_slot + 2, argc, native);
    m_sp = saved;
    return result;
  }
  Value prototype = Get(constructor, m_names.prototype);
  if (prototype.IsException()) return prototype;
  TempRoot keep_ctor(*this, constructor);
  JsObject* object = NewObject(prototype.IsObject() ? static_cast<JsObject*>(prototype.object) : m_realm.object_proto);
  TempRoot keep(*this, object);
  Value result = Call(constructor, Value::Object(object), args, argc);
  if (result.IsException()) return result;
  return result.IsObject() ? result : Value::Object(object);
}

// [SECTION] Misc
double Vm::NextRandom() {
  // xorshift128+: fast, seedable, and the same on every platform.
  uint64_t s1 = m_random_state[0];
  const uint64_t s0 = m_random_state[1];
  m_random_state[0] = s0;
  s1 ^= s1 << 23;
  m_random_state[1] = s1 ^ s0 ^ (s1 >> 17) ^ (s0 >> 26);
  uint64_t bits = (m_random_state[1] + s0) >> 11;
  return static_cast<double>(bits) / 9007199254740992.0;
}

}  // namespace th
