#pragma once
// A small, strict JSON reader for tests: enough to check that the exporters write valid JSON
// and to look inside it. Numbers are kept as doubles, objects as ordered key/value lists.

#include <cstdlib>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace th::trace::testing {

struct JsonValue {
  enum class Type { Null, Bool, Number, String, Array, Object } type = Type::Null;
  bool boolean = false;
  double number = 0;
  std::string text;
  std::vector<JsonValue> items;
  std::map<std::string, JsonValue> fields;

  const JsonValue& operator[](const std::string& key) const {
    static const JsonValue kNull;
    const auto found = fields.find(key);
    return found == fields.end() ? kNull : found->second;
  }
};

class JsonReader {
 public:
  // Parses `text` entirely; returns false on any syntax error or trailing garbage.
  static bool Parse(std::string_view text, JsonValue& out) {
    JsonReader reader(text);
    if (!reader.Value(out)) return false;
    reader.Space();
    return reader.m_at == text.size();
  }

 private:
  explicit JsonReader(std::string_view text) : m_text(text) {}

  void Space() {
    while (m_at < m_text.size() && (m_text[m_at] == ' ' || m_text[m_at] == '\n' || m_text[m_at] == '\t' || m_text[m_at] == '\r')) ++m_at;
  }
  bool Eat(char c) {
    Space();
    if (m_at < m_text.size() && m_text[m_at] == c) {
      ++m_at;
      return true;
    }
    return false;
  }
  bool Literal(std::string_view word) {
    if (m_text.substr(m_at, word.size()) != word) return false;
    m_at += word.size();
    return true;
  }
  bool String(std::string& out) {
    if (!Eat('"')) return false;
    while (m_at < m_text.size()) {
      const char c = m_text[m_at++];
      if (c == '"') return true;
      if (static_cast<unsigned char>(c) < 0x20) return false;
      if (c != '\\') {
        out += c;
        continue;
      }
      if (m_at >= m_text.size()) return false;
      const char escape = m_text[m_at++];
      switch (escape) {
        case '"': case '\\': case '/': out += escape; break;
        case 'n': out += '\n'; break;
        case 't': out += '\t'; break;
        case 'r': out += '\r'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'u':
          if (m_at + 4 > m_text.size()) return false;
          out += static_cast<char>(std::strtol(std::string(m_text.substr(m_at, 4)).c_str(), nullptr, 16));
          m_at += 4;
          break;
        default: return false;
      }
    }
    return false;
  }
  bool Value(JsonValue& out) {
    Space();
    if (m_at >= m_text.size()) return false;
    const char c = m_text[m_at];
    if (c == '{') {
      ++m_at;
      out.type = JsonValue::Type::Object;
      if (Eat('}')) return true;
      do {
        std::string key;
        JsonValue value;
        if (!String(key) || !Eat(':') || !Value(value)) return false;
        out.fields.emplace(std::move(key), std::move(value));
      } while (Eat(','));
      return Eat('}');
    }
    if (c == '[') {
      ++m_at;
      out.type = JsonValue::Type::Array;
      if (Eat(']')) return true;
      do {
        out.items.emplace_back();
        if (!Value(out.items.back())) return false;
      } while (Eat(','));
      return Eat(']');
    }
    if (c == '"') {
      out.type = JsonValue::Type::String;
      return String(out.text);
    }
    if (Literal("true")) { out.type = JsonValue::Type::Bool; out.boolean = true; return true; }
    if (Literal("false")) { out.type = JsonValue::Type::Bool; return true; }
    if (Literal("null")) return true;
    const std::string rest(m_text.substr(m_at, 64));
    char* end = nullptr;
    out.number = std::strtod(rest.c_str(), &end);
    if (end == rest.c_str()) return false;
    out.type = JsonValue::Type::Number;
    m_at += static_cast<std::size_t>(end - rest.c_str());
    return true;
  }

  std::string_view m_text;
  std::size_t m_at = 0;
};

}  // namespace th::trace::testing
