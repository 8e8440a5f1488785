#include "ui/syntax.h"

#include <algorithm>
#include <iterator>

namespace th::ui {

namespace {

constexpr std::string_view kKeywords[] = {
    "async", "await", "break", "case", "catch", "class", "const", "continue", "default", "delete",
    "do", "else", "export", "extends", "false", "finally", "for", "function", "if", "import",
    "in", "instanceof", "let", "new", "null", "of", "return", "static", "super", "switch", "this",
    "throw", "true", "try", "typeof", "undefined", "var", "while", "yield"};
constexpr std::string_view kBuiltins[] = {
    "console", "Promise", "setTimeout", "setInterval", "setImmediate", "clearTimeout", "clearInterval",
    "queueMicrotask", "process", "require", "work", "io", "Worker", "parentPort", "workerData",
    "isMainThread", "fork", "__filename", "SharedArrayBuffer", "Atomics", "module"};

bool IsIdentStart(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$'; }
bool IsIdentPart(char c) { return IsIdentStart(c) || (c >= '0' && c <= '9'); }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Whether a `/` at `i` opens a regex literal rather than dividing: it does where an expression
// starts, i.e. not after a value (a name, a number, `)` or `]`), except after a keyword
// (`return /x/`).
bool StartsRegex(std::string_view line, std::size_t i, const std::vector<Token>& out) {
  std::size_t j = i;
  while (j > 0 && (line[j - 1] == ' ' || line[j - 1] == '\t')) --j;
  if (j == 0) return true;
  const char before = line[j - 1];
  if (IsIdentPart(before)) {
    // The word before: a keyword (`return`, `typeof`) means an expression starts here.
    auto word = std::find_if(out.rbegin(), out.rend(), [j](const Token& token) { return token.begin < j; });
    return word != out.rend() && word->kind == TokenKind::Keyword;
  }
  return before != ')' && before != ']';
}

// Where the regex literal that starts at `i` ends (past its flags), or npos when the line
// has no closing `/`.
std::size_t RegexEnd(std::string_view line, std::size_t i) {
  bool in_class = false;
  for (std::size_t j = i + 1; j < line.size(); ++j) {
    const char c = line[j];
    if (c == '\\') {
      ++j;
    } else if (c == '[') {
      in_class = true;
    } else if (c == ']') {
      in_class = false;
    } else if (c == '/' && !in_class) {
      ++j;
      while (j < line.size() && IsIdentPart(line[j])) ++j;
      return j;
    }
  }
  return std::string_view::npos;
}

void Push(std::vector<Token>& out, std::size_t begin, std::size_t end, TokenKind kind) {
  if (end <= begin) return;
  // Adjacent runs of one kind merge, so the editor draws fewer pieces.
  if (!out.empty() && out.back().kind == kind && out.back().end == begin) {
    out.back().end = static_cast<std::uint32_t>(end);
    return;
  }
  out.push_back({static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end), kind});
}

}  // namespace

LineState TokenizeLine(std::string_view line, LineState state, std::vector<Token>& out) {
  std::size_t i = 0;
  const std::size_t n = line.size();
  if (state == LineState::BlockComment) {
    const std::size_t close = line.find("*/");
    if (close == std::string_view::npos) {
      Push(out, 0, n, TokenKind::Comment);
      return LineState::BlockComment;
    }
    Push(out, 0, close + 2, TokenKind::Comment);
    i = close + 2;
  } else if (state == LineState::Template) {
    std::size_t j = 0;
    while (j < n && line[j] != '`') j += line[j] == '\\' ? 2 : 1;
    if (j >= n) {
      Push(out, 0, n, TokenKind::String);
      return LineState::Template;
    }
    Push(out, 0, j + 1, TokenKind::String);
    i = j + 1;
  }
  while (i < n) {
    const char c = line[i];
    if (c == '/' && i + 1 < n && line[i + 1] == '/') {
      Push(out, i, n, TokenKind::Comment);
      return LineState::Normal;
    }
    if (c == '/' && i + 1 < n && line[i + 1] == '*') {
      const std::size_t close = line.find("*/", i + 2);
      if (close == std::string_view::npos) {
        Push(out, i, n, TokenKind::Comment);
        return LineState::BlockComment;
      }
      Push(out, i, close + 2, TokenKind::Comment);
      i = close + 2;
      continue;
    }
    if (c == '/' && StartsRegex(line, i, out)) {
      if (const std::size_t end = RegexEnd(line, i); end != std::string_view::npos) {
        Push(out, i, end, TokenKind::String);
        i = end;
        continue;
      }
    }
    if (c == '"' || c == '\'' || c == '`') {
      std::size_t j = i + 1;
      while (j < n && line[j] != c) j += line[j] == '\\' ? 2 : 1;
      if (j >= n && c == '`') {
        Push(out, i, n, TokenKind::String);
        return LineState::Template;
      }
      j = std::min(j + 1, n);
      Push(out, i, j, TokenKind::String);
      i = j;
      continue;
    }
    if (IsDigit(c) || (c == '.' && i + 1 < n && IsDigit(line[i + 1]))) {
      std::size_t j = i + 1;
      while (j < n && (IsIdentPart(line[j]) || line[j] == '.')) ++j;
      Push(out, i, j, TokenKind::Number);
      i = j;
      continue;
    }
    if (IsIdentStart(c)) {
      std::size_t j = i + 1;
      while (j < n && IsIdentPart(line[j])) ++j;
      const std::string_view word = line.substr(i, j - i);
      // A property name after a dot is never a keyword (promise.then, obj.new).
      const bool after_dot = i > 0 && line[i - 1] == '.';
      TokenKind kind = TokenKind::Text;
      if (!after_dot && std::find(std::begin(kKeywords), std::end(kKeywords), word) != std::end(kKeywords)) {
        kind = TokenKind::Keyword;
      } else if (!after_dot && std::find(std::begin(kBuiltins), std::end(kBuiltins), word) != std::end(kBuiltins)) {
        kind = TokenKind::Builtin;
      }
      Push(out, i, j, kind);
      i = j;
      continue;
    }
    Push(out, i, i + 1, TokenKind::Text);
    ++i;
  }
  return LineState::Normal;
}

}  // namespace th::ui
