// A port of the parts of Node's lib/internal/util/inspect.js that console.log reaches:
// formatValue → formatRaw → formatList/formatProperty → reduceToSingleString, with
// groupArrayElements for long arrays of short items.
#include "vm/inspect.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "vm/builtins.h"
#include "vm/json.h"
#include "vm/number_format.h"
#include "vm/vm.h"

namespace th {

size_t Utf16Length(const std::string& text) {
  size_t units = 0;
  for (unsigned char c : text) {
    if ((c & 0xC0) == 0x80) continue;
    units += c >= 0xF0 ? 2 : 1;
  }
  return units;
}

std::string QuoteJsString(const std::string& text) {
  char quote = '\'';
  if (text.find('\'') != std::string::npos) {
    if (text.find('"') == std::string::npos) {
      quote = '"';
    } else if (text.find('`') == std::string::npos && text.find("${") == std::string::npos) {
      quote = '`';
    }
  }
  std::string out(1, quote);
  for (unsigned char c : text) {
    switch (c) {
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      case '\r': out += "\\r"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      case '\v': out += "\\v"; break;
      case '\\': out += "\\\\"; break;
      default:
        if (c == static_cast<unsigned char>(quote)) {
          out += '\\';
          out += static_cast<char>(c);
        } else if (c < 0x20 || c == 0x7F) {
          char buffer[8];
          std::snprintf(buffer, sizeof buffer, "\\x%02X", c);
          out += buffer;
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  out += quote;
  return out;
}

namespace {

enum class Extras { Object, Array };

bool IsIdentifierKey(const std::string& key) {
  if (key.empty()) return false;
  auto start = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; };
  if (!start(key[0])) return false;
  for (char c : key) {
    if (!start(c) && !(c >= '0' && c <= '9')) return false;
  }
  return true;
}

class Inspector {
 public:
  Inspector(Vm& vm, const InspectOptions& options) : m_vm(vm), m_options(options) {}

  std::string FormatValue(Value value, int recurse_times) {
    switch (value.tag) {
      case ValueTag::Undefined: return "undefined";
      case ValueTag::Null: return "null";
      case ValueTag::Boolean: return value.boolean ? "true" : "false";
      case ValueTag::Number: return FormatNumber(value.number);
      case ValueTag::String: return FormatString(value.AsString()->text());
      case ValueTag::Symbol: return Vm::SymbolText(value.AsString());
      case ValueTag::Object: break;
      default: return "undefined";
    }
    HeapObject* object = value.object;
    if (std::find(m_seen.begin(), m_seen.end(), object) != m_seen.end()) {
      auto found = m_circular.find(object);
      int index;
      if (found == m_circular.end()) {
        index = static_cast<int>(m_circular.size()) + 1;
        m_circular[object] = index;
      } else {
        index = found->second;
      }
      return "[Circular *" + std::to_string(index) + "]";
    }
    return FormatRaw(value, recurse_times);
  }

 private:
  static std::string FormatNumber(double number) {
    if (number == 0 && std::signbit(number)) return "-0";
    return JsNumberToString(number);
  }

  std::string FormatString(const std::string& text) {
    size_t length = Utf16Length(text);
    if (length > 16 && static_cast<int>(length) > m_options.break_length - m_indentation - 4 &&
        text.find('\n') != std::string::npos && text.find('\n') + 1 < text.size()) {
      std::string out;
      size_t start = 0;
      while (start < text.size()) {
        size_t newline = text.find('\n', start);
        size_t end = newline == std::string::npos ? text.size() : newline + 1;
        if (!out.empty()) out += " +\n" + std::string(static_cast<size_t>(m_indentation + 2), ' ');
        out += QuoteJsString(text.substr(start, end - start));
        start = end;
      }
      return out;
    }
    return QuoteJsString(text);
  }

  // The constructor's name as getConstructorName finds it ("" for a null prototype).
  std::string ConstructorName(JsObject* object, bool* null_proto) {
    *null_proto = false;
    for (JsObject* proto = object->proto(); proto; proto = proto->proto()) {
      Property* constructor = proto->props().Find(m_vm.names().constructor);
      if (constructor && constructor->value.IsObject() && Vm::IsCallable(constructor->value)) {
        Value name = m_vm.Get(constructor->value, m_vm.names().name);
        if (name.IsString() && !name.AsString()->text().empty()) return name.AsString()->text();
      }
    }
    if (!object->proto()) *null_proto = true;
    return "Object";
  }

  std::string FunctionBase(JsObject* function) {
    if (function->kind() == ObjKind::Closure && static_cast<Closure*>(function)->proto()->code()->is_class_constructor) {
      return ClassBase(function);
    }
    std::string kind = "Function";
    if (function->kind() == ObjKind::Closure && static_cast<Closure*>(function)->proto()->code()->is_async) {
      kind = "AsyncFunction";
    }
    if (function->kind() == ObjKind::Closure && static_cast<Closure*>(function)->proto()->code()->is_generator) {
      kind = kind == "AsyncFunction" ? "AsyncGeneratorFunction" : "GeneratorFunction";
    }
    Value name = m_vm.Get(Value::Object(function), m_vm.names().name);
    std::string text = name.IsString() ? name.AsString()->text() : "";
    if (function->kind() == ObjKind::Bound && text.empty()) text = "bound";
    if (text.empty()) return "[" + kind + " (anonymous)]";
    return "[" + kind + ": " + text + "]";
  }

  // A class prints as Node prints it: [class Dog], [class Dog extends Animal], [class (anonymous)].
  std::string ClassBase(JsObject* klass) {
    Value name = m_vm.Get(Value::Object(klass), m_vm.names().name);
    std::string text = name.IsString() && !name.AsString()->text().empty() ? name.AsString()->text() : "(anonymous)";
    std::string base = "[class " + text;
    if (static_cast<Closure*>(klass)->proto()->code()->is_derived) {
      JsObject* parent = klass->proto();
      Value parent_name = parent ? m_vm.Get(Value::Object(parent), m_vm.names().name) : Value::Null();
      base += " extends " + (parent_name.IsString() && !parent_name.AsString()->text().empty()
                                 ? parent_name.AsString()->text()
                                 : std::string(parent ? "(anonymous)" : "null"));
    }
    return base + "]";
  }

  // getStackString: the stack, or Error.prototype.toString's text when there is none.
  std::string ErrorStack(JsObject* error) {
    Property* stack = error->props().Find(m_vm.names().stack);
    if (stack && stack->value.IsString()) return ImproveStack(error, CurrentHeader(error, stack->value.AsString()->text()));
    Value name = m_vm.Get(Value::Object(error), m_vm.names().name);
    Value message = m_vm.Get(Value::Object(error), m_vm.names().message);
    std::string text = name.IsString() ? name.AsString()->text() : "Error";
    if (message.IsString() && !message.AsString()->text().empty()) text += ": " + message.AsString()->text();
    return text;
  }

  // V8 writes an error's stack when it is first read, so the name a subclass's constructor gives
  // after super(message) is in its first line. Threadhouse writes the stack when the error is
  // made: the first line is written again here from the error's name and message as they are.
  std::string CurrentHeader(JsObject* error, const std::string& stack) {
    const std::size_t frames = stack.find("\n    at ");
    if (frames == std::string::npos) return stack;
    const Value name = m_vm.Get(Value::Object(error), m_vm.names().name);
    const Value message = m_vm.Get(Value::Object(error), m_vm.names().message);
    if (!name.IsString() || !message.IsString()) return stack;
    const std::string& text = message.AsString()->text();
    const std::string header = stack.substr(0, frames);
    const bool made_from_them = text.empty() ? header.find(':') == std::string::npos
                                             : header.size() > text.size() + 2 &&
                                                   header.compare(header.size() - text.size() - 2, std::string::npos, ": " + text) == 0;
    // (Node's own errors write "TypeError [ERR_INVALID_ARG_TYPE]: ..." on purpose: kept as it is.)
    if (!made_from_them || header.find(" [") != std::string::npos) return stack;
    return name.AsString()->text() + (text.empty() ? "" : ": " + text) + stack.substr(frames);
  }

  // improveStack: an error whose class is not the one its name says shows both, as Node shows
  // `class NotFoundError extends Error {}`'s errors: "NotFoundError: ..." or "Oops [Error]: ...".
  std::string ImproveStack(JsObject* error, const std::string& stack) {
    const Value name_value = m_vm.Get(Value::Object(error), m_vm.names().name);
    if (!name_value.IsString()) return stack;
    const std::string name = name_value.AsString()->text();
    const std::size_t length = name.size();
    const bool looks_normal = length >= 5 && name.compare(length - 5, 5, "Error") == 0 && stack.rfind(name, 0) == 0 &&
                              (stack.size() == length || stack[length] == ':' || stack[length] == '\n');
    if (!looks_normal) return stack;
    bool null_proto = false;
    const std::string constructor = ConstructorName(error, &null_proto);
    if (null_proto || constructor.empty() || constructor == name) return stack;
    if (constructor.find(name) != std::string::npos) return constructor + stack.substr(length);
    return constructor + " [" + name + "]" + stack.substr(length);
  }

  // formatError: the stack, in brackets when it has no "    at" lines after the message (an
  // error made where no program code was running, like Promise.any's AggregateError).
  std::string ErrorBase(JsObject* error) {
    std::string text = ErrorStack(error);
    const Value message = m_vm.Get(Value::Object(error), m_vm.names().message);
    std::size_t from = 0;
    if (message.IsString() && !message.AsString()->text().empty()) {
      const std::size_t at = text.find(message.AsString()->text());
      if (at != std::string::npos && at != 0) from = at + message.AsString()->text().size();
    }
    if (text.find("\n    at", from) == std::string::npos) text = "[" + text + "]";
    if (m_indentation != 0) {
      std::string indented;
      std::string pad(static_cast<size_t>(m_indentation), ' ');
      for (char c : text) {
        indented += c;
        if (c == '\n') indented += pad;
      }
      text = indented;
    }
    return text;
  }

  // A key as Node prints it: `name`, `'not an identifier'` or `[Symbol(description)]`.
  static std::string PrintedKey(const HeapString* key) {
    if (key->is_symbol()) return "[" + Vm::SymbolText(key) + "]";
    const std::string& name = key->text();
    return IsIdentifierKey(name) ? name : QuoteJsString(name);
  }

  // `key: [Getter]`, `[Setter]` or `[Getter/Setter]`: Node does not call an accessor to show it.
  std::string AccessorProperty(HeapString* key, Value pair) {
    const auto& items = static_cast<JsArray*>(pair.object)->items();
    const bool getter = Vm::IsCallable(items[0]);
    const bool setter = Vm::IsCallable(items[1]);
    return PrintedKey(key) + ": " +
           (getter && setter ? "[Getter/Setter]" : getter ? "[Getter]" : "[Setter]");
  }

  // `key: value`; a property that is not enumerable (an error's cause and errors) as `[key]`.
  std::string FormatProperty(Value container, HeapString* key, int recurse_times, Extras extras, Value value,
                             bool not_enumerable = false) {
    (void)container;
    m_indentation += 2;
    std::string text = FormatValue(value, recurse_times);
    m_indentation -= 2;
    if (extras == Extras::Array && key == nullptr) return text;
    std::string printed = PrintedKey(key);
    if (not_enumerable) printed = "[" + printed + "]";
    return printed + ": " + text;
  }

  // formatError's keys: name, message and stack only when their text is not in the stack
  // already (removeDuplicateErrorKeys); then cause and an AggregateError's errors, which are
  // not enumerable, when there are such properties.
  std::vector<HeapString*> ErrorKeys(JsObject* error, const std::vector<HeapString*>& keys,
                                     std::vector<HeapString*>* not_enumerable) {
    const std::string stack = ErrorStack(error);
    const auto& names = m_vm.names();
    std::vector<HeapString*> visible;
    for (HeapString* key : keys) {
      if (key == names.name || key == names.message || key == names.stack) {
        const Value property = m_vm.Get(Value::Object(error), key);
        if (property.IsString() && stack.find(property.AsString()->text()) != std::string::npos) continue;
      }
      visible.push_back(key);
    }
    const auto listed = [&visible](HeapString* key) { return std::find(visible.begin(), visible.end(), key) != visible.end(); };
    if (m_vm.FindProperty(error, names.cause) && !listed(names.cause)) not_enumerable->push_back(names.cause);
    if (Vm::IsArray(m_vm.Get(Value::Object(error), names.errors)) && !listed(names.errors)) {
      not_enumerable->push_back(names.errors);
    }
    return visible;
  }

  std::string FormatRaw(Value value, int recurse_times) {
    JsObject* object = static_cast<JsObject*>(value.object);
    std::vector<HeapString*> keys;
    std::string base;
    std::string brace_open = "{", brace_close = "}";
    Extras extras = Extras::Object;
    bool null_proto = false;
    std::string constructor = ConstructorName(object, &null_proto);
    std::string prefix = null_proto ? "[Object: null prototype] " : (constructor == "Object" ? "" : constructor + " ");
    enum class Kind { Plain, Array, Typed, Buffer, Map, Set, Promise, Function, Error } kind = Kind::Plain;
    std::vector<HeapString*> not_enumerable;  // shown after `keys`, as [key]

    switch (object->kind()) {
      case ObjKind::Array: {
        kind = Kind::Array;
        extras = Extras::Array;
        for (HeapString* key : m_vm.OwnKeys(object, false, Vm::KeyKinds::Both)) {
          if (key->array_index() < 0) keys.push_back(key);
        }
        std::string array_prefix = constructor != "Array" ? prefix : "";
        brace_open = array_prefix + "[";
        brace_close = "]";
        if (static_cast<JsArray*>(object)->items().empty() && keys.empty()) return brace_open + "]";
        break;
      }
      case ObjKind::TypedArray: {
        kind = Kind::Typed;
        extras = Extras::Array;
        const auto* typed = static_cast<TypedArrayObject*>(object);
        for (HeapString* key : m_vm.OwnKeys(object, false, Vm::KeyKinds::Both)) {
          if (key->array_index() < 0) keys.push_back(key);
        }
        brace_open = std::string(InfoOf(typed->type()).name) + "(" + std::to_string(typed->length()) + ") [";
        brace_close = "]";
        if (typed->length() == 0 && keys.empty()) return brace_open + "]";
        break;
      }
      case ObjKind::ArrayBuffer:
        kind = Kind::Buffer;
        brace_open = std::string(static_cast<ArrayBufferObject*>(object)->shared() ? "SharedArrayBuffer" : "ArrayBuffer") + " {";
        break;
      case ObjKind::Map: {
        MapObject* map = static_cast<MapObject*>(object);
        kind = map->is_set ? Kind::Set : Kind::Map;
        keys = m_vm.OwnKeys(object, false, Vm::KeyKinds::Both);
        std::string map_prefix = std::string(map->is_set ? "Set" : "Map") + "(" + std::to_string(map->live) + ") ";
        if (map->live == 0 && keys.empty()) return map_prefix + "{}";
        brace_open = map_prefix + "{";
        break;
      }
      case ObjKind::Promise:
        kind = Kind::Promise;
        keys = m_vm.OwnKeys(object, false, Vm::KeyKinds::Both);
        brace_open = "Promise {";
        break;
      case ObjKind::Closure:
      case ObjKind::Native:
      case ObjKind::Bound:
        kind = Kind::Function;
        keys = m_vm.OwnKeys(object, false, Vm::KeyKinds::Both);
        base = FunctionBase(object);
        if (keys.empty()) return base;
        break;
      case ObjKind::Iterator:
        return "Object [Iterator] {}";
      case ObjKind::Generator:
        return "Object [Generator] {}";
      case ObjKind::AsyncGenerator:
        return "Object [AsyncGenerator] {}";
      default:
        keys = m_vm.OwnKeys(object, false, Vm::KeyKinds::Both);
        if (std::string date = detail::DateInspectText(m_vm, value); !date.empty()) {
          if (keys.empty()) return date;
          base = date;
        }
        if (std::string regexp = detail::RegExpInspectText(m_vm, value); !regexp.empty()) {
          if (keys.empty()) return regexp;
          base = regexp;
        }
        if (object->object_class() == ObjClass::Error) {
          kind = Kind::Error;
          keys = ErrorKeys(object, keys, &not_enumerable);
          base = ErrorBase(object);
          if (keys.empty() && not_enumerable.empty()) return base;
        } else {
          if (keys.empty()) return prefix + "{}";
          brace_open = prefix + "{";
        }
        break;
    }

    if (recurse_times > m_options.depth) {
      if (kind == Kind::Array) return "[Array]";
      if (kind == Kind::Typed) return "[" + std::string(InfoOf(static_cast<TypedArrayObject*>(object)->type()).name) + "]";
      std::string name = null_proto ? "[Object: null prototype]" : constructor;
      return "[" + name + "]";
    }
    ++recurse_times;
    m_seen.push_back(object);
    m_current_depth = recurse_times;
    std::vector<std::string> output;
    switch (kind) {
      case Kind::Array:
        FormatArray(static_cast<JsArray*>(object), recurse_times, &output);
        if (m_options.show_hidden) output.push_back("[length]: " + std::to_string(static_cast<JsArray*>(object)->items().size()));
        break;
      case Kind::Typed: {
        const auto* typed = static_cast<TypedArrayObject*>(object);
        const size_t shown = std::min<size_t>(100, typed->length());
        for (size_t i = 0; i < shown; ++i) output.push_back(FormatNumber(typed->Get(i)));
        if (typed->length() > shown) {
          const size_t remaining = typed->length() - shown;
          output.push_back("... " + std::to_string(remaining) + " more item" + (remaining > 1 ? "s" : ""));
        }
        break;
      }
      case Kind::Buffer: {
        // ArrayBuffer { [Uint8Contents]: <00 2a>, byteLength: 2 }, as Node shows it.
        const SharedBytes& bytes = *static_cast<ArrayBufferObject*>(object)->bytes();
        std::string contents = "[Uint8Contents]: <";
        static const char kHex[] = "0123456789abcdef";
        const size_t shown = std::min<size_t>(bytes.size, 50);
        for (size_t i = 0; i < shown; ++i) {
          const uint8_t byte = __atomic_load_n(bytes.data + i, __ATOMIC_RELAXED);
          if (i > 0) contents += ' ';
          contents += kHex[byte >> 4];
          contents += kHex[byte & 15];
        }
        if (bytes.size > shown) contents += " ... " + std::to_string(bytes.size - shown) + " more byte" + (bytes.size - shown > 1 ? "s" : "");
        output.push_back(contents + ">");
        output.push_back("byteLength: " + std::to_string(bytes.size));
        break;
      }
      case Kind::Map:
      case Kind::Set: {
        MapObject* map = static_cast<MapObject*>(object);
        m_indentation += 2;
        for (size_t i = 0; i < map->entries.size(); ++i) {
          if (map->entries[i].deleted) continue;
          MapObject::Entry entry = map->entries[i];
          if (kind == Kind::Set) {
            output.push_back(FormatValue(entry.key, recurse_times));
          } else {
            std::string k = FormatValue(entry.key, recurse_times);
            output.push_back(k + " => " + FormatValue(entry.value, recurse_times));
          }
        }
        m_indentation -= 2;
        break;
      }
      case Kind::Promise: {
        JsPromise* promise = static_cast<JsPromise*>(object);
        if (promise->state == PromiseState::Pending) {
          output.push_back("<pending>");
        } else {
          m_indentation += 2;
          std::string text = FormatValue(promise->result, recurse_times);
          m_indentation -= 2;
          output.push_back(promise->state == PromiseState::Rejected ? "<rejected> " + text : text);
        }
        break;
      }
      default: break;
    }
    for (HeapString* key : keys) {
      if (Property* own = object->props().Find(key); own && (own->flags & kAccessor)) {
        output.push_back(AccessorProperty(key, own->value));
        continue;
      }
      Value property = m_vm.Get(value, key);
      if (property.IsException()) {
        m_vm.ClearException();
        property = Value::Undefined();
      }
      output.push_back(FormatProperty(value, key, recurse_times, Extras::Object, property));
    }
    for (HeapString* key : not_enumerable) {
      Value property = m_vm.Get(value, key);
      if (property.IsException()) {
        m_vm.ClearException();
        property = Value::Undefined();
      }
      const bool own = object->props().Find(key) != nullptr;
      output.push_back(FormatProperty(value, key, recurse_times, Extras::Object, property, own));
    }
    auto circular = m_circular.find(object);
    if (circular != m_circular.end()) {
      std::string reference = "<ref *" + std::to_string(circular->second) + ">";
      base = base.empty() ? reference : reference + " " + base;
    }
    m_seen.pop_back();
    return ReduceToSingleString(output, base, brace_open, brace_close, extras, recurse_times, object);
  }

  void FormatArray(JsArray* array, int recurse_times, std::vector<std::string>* output) {
    auto& items = array->items();
    size_t length = items.size();
    size_t shown = std::min<size_t>(100, length);
    size_t i = 0;
    while (i < shown) {
      if (items[i].IsEmpty()) {
        size_t start = i;
        while (i < length && items[i].IsEmpty()) ++i;
        size_t empty = i - start;
        output->push_back("<" + std::to_string(empty) + " empty item" + (empty > 1 ? "s" : "") + ">");
        if (output->size() >= shown) break;
        continue;
      }
      m_indentation += 2;
      output->push_back(FormatValue(items[i], recurse_times));
      m_indentation -= 2;
      ++i;
    }
    if (i < length) {
      size_t remaining = length - i;
      output->push_back("... " + std::to_string(remaining) + " more item" + (remaining > 1 ? "s" : ""));
    }
  }

  bool IsBelowBreakLength(const std::vector<std::string>& output, size_t start, const std::string& base) {
    size_t total = output.size() + start;
    if (total + output.size() > static_cast<size_t>(m_options.break_length)) return false;
    for (const std::string& entry : output) {
      total += Utf16Length(entry);
      if (total > static_cast<size_t>(m_options.break_length)) return false;
    }
    return base.empty() || base.find('\n') == std::string::npos;
  }

  std::vector<std::string> GroupArrayElements(const std::vector<std::string>& output, JsObject* value) {
    size_t total_length = 0;
    size_t max_length = 0;
    size_t output_length = output.size();
    JsArray* array = value && value->kind() == ObjKind::Array ? static_cast<JsArray*>(value) : nullptr;
    if (array && array->items().size() > 100 && output.size() > 100) output_length--;
    const size_t separator_space = 2;
    std::vector<size_t> data_len(output_length);
    for (size_t i = 0; i < output_length; ++i) {
      size_t len = Utf16Length(output[i]);
      data_len[i] = len;
      total_length += len + separator_space;
      if (max_length < len) max_length = len;
    }
    size_t actual_max = max_length + separator_space;
    if (actual_max * 3 + static_cast<size_t>(m_indentation) < static_cast<size_t>(m_options.break_length) &&
        (static_cast<double>(total_length) / static_cast<double>(actual_max) > 5 || max_length <= 6)) {
      double approx_char_heights = 2.5;
      double average_bias = std::sqrt(static_cast<double>(actual_max) - static_cast<double>(total_length) / static_cast<double>(output.size()));
      double biased_max = std::max(static_cast<double>(actual_max) - 3 - average_bias, 1.0);
      double columns_d = std::min({std::round(std::sqrt(approx_char_heights * biased_max * static_cast<double>(output_length)) / biased_max),
                                   std::floor(static_cast<double>(m_options.break_length - m_indentation) / static_cast<double>(actual_max)),
                                   static_cast<double>(m_options.compact * 4), 15.0});
      size_t columns = static_cast<size_t>(columns_d);
      if (columns <= 1) return output;
      std::vector<size_t> max_line_length;
      for (size_t i = 0; i < columns; ++i) {
        size_t line_length = 0;
        for (size_t j = i; j < output.size(); j += columns) {
          if (j < output_length && data_len[j] > line_length) line_length = data_len[j];
        }
        max_line_length.push_back(line_length + separator_space);
      }
      bool pad_start = true;
      if (array) {
        for (size_t i = 0; i < output.size() && i < array->items().size(); ++i) {
          if (!array->items()[i].IsNumber()) {
            pad_start = false;
            break;
          }
        }
      }
      std::vector<std::string> grouped;
      for (size_t i = 0; i < output_length; i += columns) {
        size_t max = std::min(i + columns, output_length);
        std::string line;
        size_t j = i;
        for (; j < max - 1; ++j) {
          std::string cell = output[j] + ", ";
          size_t padding = max_line_length[j - i];
          size_t width = data_len[j] + 2;
          std::string spaces(padding > width ? padding - width : 0, ' ');
          line += pad_start ? spaces + cell : cell + spaces;
        }
        if (pad_start) {
          size_t padding = max_line_length[j - i] - separator_space;
          size_t width = data_len[j];
          line += std::string(padding > width ? padding - width : 0, ' ') + output[j];
        } else {
          line += output[j];
        }
        grouped.push_back(line);
      }
      if (output_length < output.size()) grouped.push_back(output.back());
      return grouped;
    }
    return output;
  }

  std::string ReduceToSingleString(std::vector<std::string> output, const std::string& base, const std::string& open,
                                   const std::string& close, Extras extras, int recurse_times, JsObject* value) {
    size_t entries = output.size();
    if (extras == Extras::Array && entries > 6) output = GroupArrayElements(output, value);
    if (m_current_depth - recurse_times < m_options.compact && entries == output.size()) {
      size_t start = output.size() + static_cast<size_t>(m_indentation) + Utf16Length(open) + Utf16Length(base) + 10;
      if (IsBelowBreakLength(output, start, base)) {
        std::string joined;
        for (size_t i = 0; i < output.size(); ++i) {
          if (i) joined += ", ";
          joined += output[i];
        }
        if (joined.find('\n') == std::string::npos) {
          return (base.empty() ? "" : base + " ") + open + " " + joined + " " + close;
        }
      }
    }
    std::string indentation = "\n" + std::string(static_cast<size_t>(m_indentation), ' ');
    std::string out = (base.empty() ? "" : base + " ") + open + indentation + "  ";
    for (size_t i = 0; i < output.size(); ++i) {
      if (i) out += "," + indentation + "  ";
      out += output[i];
    }
    out += indentation + close;
    return out;
  }

  Vm& m_vm;
  InspectOptions m_options;
  std::vector<HeapObject*> m_seen;
  std::unordered_map<HeapObject*, int> m_circular;
  int m_indentation = 0;
  int m_current_depth = 0;
};

}  // namespace

std::string Inspect(Vm& vm, Value value, const InspectOptions& options) {
  Inspector inspector(vm, options);
  // Errors print their stack; an Error with extra properties shows them after it.
  return inspector.FormatValue(value, 0);
}

bool FormatLogArguments(Vm& vm, const Value* args, int argc, std::string* out) {
  InspectOptions options;
  int next = 0;
  if (argc > 0 && args[0].IsString()) {
    const std::string& format = args[0].AsString()->text();
    if (format.find('%') != std::string::npos && argc > 1) {
      next = 1;
      std::string result;
      for (size_t i = 0; i < format.size(); ++i) {
        char c = format[i];
        if (c != '%' || i + 1 >= format.size()) {
          result += c;
          continue;
        }
        char spec = format[i + 1];
        if (spec == '%') {
          result += '%';
          ++i;
          continue;
        }
        if (next >= argc || std::string("sdifjoOc").find(spec) == std::string::npos) {
          result += c;
          continue;
        }
        Value arg = args[next++];
        ++i;
        switch (spec) {
          case 's':
            if (arg.IsString()) {
              result += arg.AsString()->text();
            } else if (arg.IsObject()) {
              // Node's %s shows an object's own level only ({ a: [Object] }).
              InspectOptions shallow;
              shallow.depth = 0;
              result += Inspect(vm, arg, shallow);
            } else if (arg.IsNumber() && arg.number == 0 && std::signbit(arg.number)) {
              result += "-0";
            } else {
              HeapString* text = vm.ToString(arg);
              if (!text) return false;
              result += text->text();
            }
            break;
          case 'd':
          case 'i': {
            double number = 0;
            if (arg.IsObject()) {
              number = std::nan("");
            } else {
              number = Vm::ToNumberPrimitive(arg);
            }
            if (spec == 'i') number = std::trunc(number);
            result += (number == 0 && std::signbit(number)) ? "-0" : JsNumberToString(number);
            break;
          }
          case 'f': {
            HeapString* text = vm.ToString(arg);
            if (!text) return false;
            result += JsNumberToString(JsParseFloat(text->text()));
            break;
          }
          case 'j': {
            std::string json;
            bool defined = false;
            if (!JsonStringify(vm, arg, &json, &defined)) return false;
            result += defined ? json : "undefined";
            break;
          }
          case 'o': {
            InspectOptions hidden;
            hidden.show_hidden = true;
            hidden.depth = 4;
            result += Inspect(vm, arg, hidden);
            break;
          }
          case 'O': result += Inspect(vm, arg, options); break;
          case 'c': break;
        }
      }
      *out += result;
    }
  }
  for (int i = next; i < argc; ++i) {
    if (i > 0) *out += " ";
    if (args[i].IsString()) {
      *out += args[i].AsString()->text();
    } else {
      *out += Inspect(vm, args[i], options);
    }
  }
  return true;
}

}  // namespace th
