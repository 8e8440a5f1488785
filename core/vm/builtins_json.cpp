// JSON.stringify and JSON.parse with V8's error messages.
#include <cmath>

#include "lang/lexer.h"
#include "vm/builtins.h"
#include "vm/inspect.h"
#include "vm/json.h"
#include "vm/number_format.h"

namespace th {

namespace {

std::string JsonQuote(const std::string& text) {
  std::string out = "\"";
  for (unsigned char c : text) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20) {
          char buffer[8];
          std::snprintf(buffer, sizeof buffer, "\\u%04x", c);
          out += buffer;
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  return out + "\"";
}

class Stringifier {
 public:
  Stringifier(Vm& vm, Value replacer, std::string gap) : m_vm(vm), m_replacer(replacer), m_gap(std::move(gap)) {
    if (Vm::IsArray(replacer)) {
      m_has_allowlist = true;
      for (const Value& item : static_cast<JsArray*>(replacer.object)->items()) {
        if (item.IsString() || item.IsNumber()) {
          HeapString* key = vm.ToPropertyKey(item);
          if (key) m_allowlist.push_back(key);
        }
      }
    }
  }

  // Serializes holder[key] (whose value is `value`). Returns false on exception;
  // *defined is false when the value is skipped (undefined, functions).
  bool Serialize(Value holder, HeapString* key, Value value, std::string* out, bool* defined) {
    TempRoot keep_value(m_vm, value);
    if (value.IsObject()) {
      Value to_json = m_vm.Get(value, m_vm.names().toJSON);
      if (to_json.IsException()) return false;
      if (Vm::IsCallable(to_json)) {
        Value key_value = Value::String(key);
        value = m_vm.Call(to_json, value, &key_value, 1);
        if (value.IsException()) return false;
      }
    }
    if (Vm::IsCallable(m_replacer)) {
      Value args[2] = {Value::String(key), value};
      value = m_vm.Call(m_replacer, holder, args, 2);
      if (value.IsException()) return false;
    }
    TempRoot keep_final(m_vm, value);
    *defined = true;
    switch (value.tag) {
      case ValueTag::Null: *out += "null"; return true;
      case ValueTag::Boolean: *out += value.boolean ? "true" : "false"; return true;
      case ValueTag::Number: *out += std::isfinite(value.number) ? JsNumberToString(value.number) : "null"; return true;
      case ValueTag::String: *out += JsonQuote(value.AsString()->text()); return true;
      case ValueTag::Object: break;
      default: *defined = false; return true;
    }
    if (Vm::IsCallable(value)) {
      *defined = false;
      return true;
    }
    JsObject* object = static_cast<JsObject*>(value.object);
    for (size_t i = 0; i < m_stack.size(); ++i) {
      if (m_stack[i].object == object) return CircularError(i, key);
    }
    if (m_stack.size() > 1000) {
      m_vm.ThrowRangeError("Maximum call stack size exceeded");
      return false;
    }
    m_stack.push_back({object, key});
    std::string indent_outer = m_indent;
    m_indent += m_gap;
    bool ok = object->kind() == ObjKind::Array ? SerializeArray(static_cast<JsArray*>(object), out)
                                               : SerializeObject(object, out);
    m_indent = indent_outer;
    m_stack.pop_back();
    return ok;
  }

 private:
  bool SerializeArray(JsArray* array, std::string* out) {
    size_t length = array->items().size();
    if (length == 0) {
      *out += "[]";
      return true;
    }
    *out += "[";
    for (size_t i = 0; i < array->items().size(); ++i) {
      if (i) *out += ",";
      if (!m_gap.empty()) *out += "\n" + m_indent;
      Value item = array->items()[i];
      std::string piece;
      bool defined = false;
      if (!Serialize(Value::Object(array), m_vm.IndexKey(i), item.IsEmpty() ? Value::Undefined() : item,
                     &piece, &defined)) {
        return false;
      }
      *out += defined ? piece : "null";
    }
    if (!m_gap.empty()) *out += "\n" + m_indent.substr(0, m_indent.size() - m_gap.size());
    *out += "]";
    return true;
  }

  bool SerializeObject(JsObject* object, std::string* out) {
    std::vector<HeapString*> keys = m_has_allowlist ? m_allowlist : m_vm.OwnKeys(object);
    bool any = false;
    *out += "{";
    for (HeapString* key : keys) {
      Value value = m_vm.Get(Value::Object(object), key);
      if (value.IsException()) return false;
      std::string piece;
      bool defined = false;
      if (!Serialize(Value::Object(object), key, value, &piece, &defined)) return false;
      if (!defined) continue;
      if (any) *out += ",";
      if (!m_gap.empty()) *out += "\n" + m_indent;
      *out += JsonQuote(key->text()) + (m_gap.empty() ? ":" : ": ") + piece;
      any = true;
    }
    if (any && !m_gap.empty()) *out += "\n" + m_indent.substr(0, m_indent.size() - m_gap.size());
    *out += "}";
    return true;
  }

  std::string ConstructorOf(JsObject* object) {
    if (object->kind() == ObjKind::Array) return "Array";
    if (object->proto()) {
      Property* constructor = m_vm.FindProperty(object->proto(), m_vm.names().constructor);
      if (constructor) {
        Value name = m_vm.Get(constructor->value, m_vm.names().name);
        if (name.IsString()) return name.AsString()->text();
      }
    }
    return "Object";
  }

  std::string Describe(JsObject* parent, HeapString* key) {
    if (parent->kind() == ObjKind::Array) return "index " + key->text();
    return "property '" + key->text() + "'";
  }

  bool CircularError(size_t start, HeapString* closing_key) {
    std::string message = "Converting circular structure to JSON\n    --> starting at object with constructor '" +
                          ConstructorOf(m_stack[start].object) + "'";
    for (size_t i = start + 1; i < m_stack.size(); ++i) {
      message += "\n    |     " + Describe(m_stack[i - 1].object, m_stack[i].key) + " -> object with constructor '" +
                 ConstructorOf(m_stack[i].object) + "'";
    }
    message += "\n    --- " + Describe(m_stack.back().object, closing_key) + " closes the circle";
    m_vm.ThrowTypeError(message);
    return false;
  }

  struct Entry {
    JsObject* object;
    HeapString* key;
  };
  Vm& m_vm;
  Value m_replacer;
  std::string m_gap;
  std::string m_indent;
  std::vector<Entry> m_stack;
  std::vector<HeapString*> m_allowlist;
  bool m_has_allowlist = false;
};

class JsonParser {
 public:
  JsonParser(Vm& vm, const std::string& text) : m_vm(vm), m_text(text) {}

  Value Parse() {
    SkipSpace();
    Value value = ParseValue(0);
    if (value.IsException()) return value;
    SkipSpace();
    if (m_pos < m_text.size()) {
      m_vm.PushRoot(value);
      Value error = Unexpected();
      m_vm.PopRoot();
      return error;
    }
    return value;
  }

 private:
  void SkipSpace() {
    while (m_pos < m_text.size() && (m_text[m_pos] == ' ' || m_text[m_pos] == '\t' || m_text[m_pos] == '\n' || m_text[m_pos] == '\r')) {
      ++m_pos;
    }
  }

  // Node reports an uncaught JSON.parse error at "<anonymous_script>:1" showing the text.
  Value Fail(const std::string& message) {
    Value error = m_vm.ThrowSyntaxError(message);
    JsObject* object = static_cast<JsObject*>(m_vm.exception().object);
    size_t newline = m_text.find('\n');
    object->error_site() = {"<anonymous_script>", 1, 0, "", false};
    object->error_site().source_line = m_text.substr(0, newline);
    object->error_site().synthetic = true;
    return error;
  }
  Value AtPosition(const std::string& what) { return Fail(what + " in JSON at position " + std::to_string(m_pos)); }

  Value Unexpected() {
    if (m_pos >= m_text.size()) return Fail("Unexpected end of JSON input");
    if (m_text == "undefined") return Fail("\"undefined\" is not valid JSON");
    char c = m_text[m_pos];
    if ((c >= '0' && c <= '9') || c == '-') return AtPosition("Unexpected number");
    if (c == '"') return AtPosition("Unexpected string");
    std::string shown = m_text.size() > 30 ? m_text.substr(0, 30) + "..." : m_text;
    return Fail(std::string("Unexpected token '") + c + "', \"" + shown + "\" is not valid JSON");
  }

  Value ParseValue(int depth) {
    if (depth > 1000) return m_vm.ThrowRangeError("Maximum call stack size exceeded");
    if (m_pos >= m_text.size()) return Fail("Unexpected end of JSON input");
    char c = m_text[m_pos];
    if (c == '{') return ParseObject(depth);
    if (c == '[') return ParseArray(depth);
    if (c == '"') return ParseString();
    if (c == '-' || (c >= '0' && c <= '9')) return ParseNumber();
    for (auto [word, value] : {std::pair<const char*, Value>{"true", Value::Bool(true)}, {"false", Value::Bool(false)}, {"null", Value::Null()}}) {
      std::string literal = word;
      if (m_text.compare(m_pos, literal.size(), literal) == 0) {
        m_pos += literal.size();
        return value;
      }
      if (literal.compare(0, m_text.size() - m_pos, m_text, m_pos, std::string::npos) == 0) {
        return Fail("Unexpected end of JSON input");
      }
    }
    return Unexpected();
  }

  Value ParseNumber() {
    size_t start = m_pos;
    if (m_text[m_pos] == '-') ++m_pos;
    if (m_pos >= m_text.size()) return Fail("No number after minus sign in JSON at position " + std::to_string(m_pos));
    if (m_text[m_pos] == '0') {
      ++m_pos;
      if (m_pos < m_text.size() && m_text[m_pos] >= '0' && m_text[m_pos] <= '9') return AtPosition("Unexpected number");
    } else if (m_text[m_pos] >= '1' && m_text[m_pos] <= '9') {
      while (m_pos < m_text.size() && m_text[m_pos] >= '0' && m_text[m_pos] <= '9') ++m_pos;
    } else {
      return Unexpected();
    }
    if (m_pos < m_text.size() && m_text[m_pos] == '.') {
      ++m_pos;
      if (m_pos >= m_text.size()) return Fail("Unterminated fractional number in JSON at position " + std::to_string(m_pos));
      if (!(m_text[m_pos] >= '0' && m_text[m_pos] <= '9')) return Unexpected();
      while (m_pos < m_text.size() && m_text[m_pos] >= '0' && m_text[m_pos] <= '9') ++m_pos;
    }
    if (m_pos < m_text.size() && (m_text[m_pos] == 'e' || m_text[m_pos] == 'E')) {
      ++m_pos;
      if (m_pos < m_text.size() && (m_text[m_pos] == '+' || m_text[m_pos] == '-')) ++m_pos;
      if (m_pos >= m_text.size() || !(m_text[m_pos] >= '0' && m_text[m_pos] <= '9')) {
        return Fail("Exponent part is missing a number in JSON at position " + std::to_string(m_pos));
      }
      while (m_pos < m_text.size() && m_text[m_pos] >= '0' && m_text[m_pos] <= '9') ++m_pos;
    }
    return Value::Number(std::strtod(m_text.substr(start, m_pos - start).c_str(), nullptr));
  }

  bool ReadString(std::string* out) {
    ++m_pos;  // the opening quote
    while (true) {
      if (m_pos >= m_text.size()) {
        AtPosition("Unterminated string");
        return false;
      }
      unsigned char c = static_cast<unsigned char>(m_text[m_pos]);
      if (c == '"') {
        ++m_pos;
        return true;
      }
      if (c < 0x20) {
        AtPosition("Bad control character in string literal");
        return false;
      }
      if (c == '\\') {
        ++m_pos;
        if (m_pos >= m_text.size()) {
          AtPosition("Unterminated string");
          return false;
        }
        char e = m_text[m_pos++];
        switch (e) {
          case '"': out->push_back('"'); break;
          case '\\': out->push_back('\\'); break;
          case '/': out->push_back('/'); break;
          case 'b': out->push_back('\b'); break;
          case 'f': out->push_back('\f'); break;
          case 'n': out->push_back('\n'); break;
          case 'r': out->push_back('\r'); break;
          case 't': out->push_back('\t'); break;
          case 'u': {
            uint32_t cp = 0;
            for (int i = 0; i < 4; ++i) {
              if (m_pos >= m_text.size()) {
                AtPosition("Bad Unicode escape");
                return false;
              }
              char h = m_text[m_pos++];
              int digit = (h >= '0' && h <= '9') ? h - '0' : (h >= 'a' && h <= 'f') ? h - 'a' + 10 : (h >= 'A' && h <= 'F') ? h - 'A' + 10 : -1;
              if (digit < 0) {
                --m_pos;
                AtPosition("Bad Unicode escape");
                return false;
              }
              cp = cp * 16 + static_cast<uint32_t>(digit);
            }
            AppendUtf8(out, cp);
            break;
          }
          default:
            --m_pos;
            AtPosition("Bad escaped character");
            return false;
        }
        continue;
      }
      out->push_back(static_cast<char>(c));
      ++m_pos;
    }
  }

  Value ParseString() {
    std::string text;
    if (!ReadString(&text)) return Value::Exception();
    return m_vm.Str(std::move(text));
  }

  Value ParseArray(int depth) {
    ++m_pos;
    JsArray* array = m_vm.NewArray();
    TempRoot keep(m_vm, array);
    SkipSpace();
    if (m_pos < m_text.size() && m_text[m_pos] == ']') {
      ++m_pos;
      return Value::Object(array);
    }
    while (true) {
      SkipSpace();
      Value item = ParseValue(depth + 1);
      if (item.IsException()) return item;
      array->items().push_back(item);
      SkipSpace();
      if (m_pos < m_text.size() && m_text[m_pos] == ',') {
        ++m_pos;
        continue;
      }
      if (m_pos < m_text.size() && m_text[m_pos] == ']') {
        ++m_pos;
        return Value::Object(array);
      }
      return AtPosition("Expected ',' or ']' after array element");
    }
  }

  Value ParseObject(int depth) {
    ++m_pos;
    JsObject* object = m_vm.NewObject();
    TempRoot keep(m_vm, object);
    SkipSpace();
    if (m_pos < m_text.size() && m_text[m_pos] == '}') {
      ++m_pos;
      return Value::Object(object);
    }
    bool first = true;
    while (true) {
      SkipSpace();
      if (m_pos >= m_text.size() || m_text[m_pos] != '"') {
        return AtPosition(first ? "Expected property name or '}'" : "Expected double-quoted property name");
      }
      first = false;
      std::string key;
      if (!ReadString(&key)) return Value::Exception();
      SkipSpace();
      if (m_pos >= m_text.size() || m_text[m_pos] != ':') return AtPosition("Expected ':' after property name");
      ++m_pos;
      SkipSpace();
      Value value = ParseValue(depth + 1);
      if (value.IsException()) return value;
      TempRoot keep_value(m_vm, value);
      m_vm.DefineOwn(object, m_vm.Intern(key), value);
      SkipSpace();
      if (m_pos < m_text.size() && m_text[m_pos] == ',') {
        ++m_pos;
        continue;
      }
      if (m_pos < m_text.size() && m_text[m_pos] == '}') {
        ++m_pos;
        return Value::Object(object);
      }
      return AtPosition("Expected ',' or '}' after property value");
    }
  }

  Vm& m_vm;
  const std::string& m_text;
  size_t m_pos = 0;
};

// JSON.parse's reviver: walks the result bottom-up, calling reviver(key, value) with the holder as this.
Value Revive(Vm& vm, Value reviver, Value holder, HeapString* key) {
  Value value = vm.Get(holder, key);
  if (value.IsException()) return value;
  if (value.IsObject()) {
    TempRoot keep(vm, value);
    JsObject* object = static_cast<JsObject*>(value.object);
    for (HeapString* child : vm.OwnKeys(object)) {
      Value revived = Revive(vm, reviver, value, child);
      if (revived.IsException()) return revived;
      if (revived.IsUndefined()) {
        vm.DeleteProperty(value, child);
      } else {
        vm.DefineOwn(object, child, revived);
      }
    }
  }
  Value args[2] = {Value::String(key), value};
  return vm.Call(reviver, holder, args, 2);
}

Value JsonStringifyNative(Vm& vm, Value, Value* args, int argc, NativeFunction*) {
  Value value = detail::Arg(args, argc, 0);
  Value replacer = detail::Arg(args, argc, 1);
  Value space = detail::Arg(args, argc, 2);
  std::string gap;
  if (space.IsNumber()) {
    gap.assign(static_cast<size_t>(std::max(0.0, std::min(10.0, std::trunc(space.number)))), ' ');
  } else if (space.IsString()) {
    gap = space.AsString()->text().substr(0, 10);
  }
  Stringifier stringifier(vm, replacer, gap);
  JsObject* wrapper = vm.NewObject();
  TempRoot keep(vm, wrapper);
  vm.DefineOwn(wrapper, vm.names().empty, value);
  std::string out;
  bool defined = false;
  if (!stringifier.Serialize(Value::Object(wrapper), vm.names().empty, value, &out, &defined)) return Value::Exception();
  if (!defined) return Value::Undefined();
  return vm.Str(std::move(out));
}

Value JsonParseNative(Vm& vm, Value, Value* args, int argc, NativeFunction*) {
  HeapString* text = vm.ToString(detail::Arg(args, argc, 0));
  if (!text) return Value::Exception();
  TempRoot keep_text(vm, text);
  std::string source = text->text();
  JsonParser parser(vm, source);
  Value result = parser.Parse();
  if (result.IsException()) return result;
  Value reviver = detail::Arg(args, argc, 1);
  if (!Vm::IsCallable(reviver)) return result;
  TempRoot keep(vm, result);
  JsObject* root = vm.NewObject();
  TempRoot keep_root(vm, root);
  vm.DefineOwn(root, vm.names().empty, result);
  return Revive(vm, reviver, Value::Object(root), vm.names().empty);
}

}  // namespace

bool JsonStringify(Vm& vm, Value value, std::string* out, bool* defined) {
  Stringifier stringifier(vm, Value::Undefined(), "");
  JsObject* wrapper = vm.NewObject();
  TempRoot keep(vm, wrapper);
  return stringifier.Serialize(Value::Object(wrapper), vm.names().empty, value, out, defined);
}

namespace detail {

void InstallJsonBuiltins(Vm& vm) {
  JsObject* json = vm.NewObject();
  TempRoot keep(vm, json);
  vm.DefineMethod(json, "stringify", JsonStringifyNative, 3);
  vm.DefineMethod(json, "parse", JsonParseNative, 2);
  SetGlobal(vm, "JSON", Value::Object(json));
}

}  // namespace detail

}  // namespace th
