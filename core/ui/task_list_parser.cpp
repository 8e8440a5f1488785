// Reads a program back into a task list: the inverse of GenerateCode for programs in the shape it
// produces. The code is split into tokens (comments and spacing dropped), and each top-level
// statement must be one of the shapes a task generates; anything else means the code was written
// by hand in a way the list cannot show.
#include <charconv>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ui/task_list.h"

namespace th::ui {

namespace {

enum class TokenType {
  Name,      // identifiers and keywords
  String,    // "..." or '...', value decoded
  Template,  // `...` without substitutions, cooked
  Number,
  Punct,     // one character, or "=>"
};

struct JsToken {
  TokenType type;
  std::string text;
};

bool IsNameStart(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$'; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// After a backslash at code[i - 1]: appends the character its escape stands for.
bool TakeEscape(std::string_view code, std::size_t& i, std::string& value) {
  if (i >= code.size()) return false;
  const char e = code[i++];
  value += e == 'n' ? '\n' : e == 't' ? '\t' : e;
  return true;
}

// The tokens of `code`, or nothing when it has an unfinished string or comment.
std::optional<std::vector<JsToken>> Tokenize(std::string_view code) {
  std::vector<JsToken> tokens;
  std::size_t i = 0;
  while (i < code.size()) {
    const char c = code[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      ++i;
    } else if (code.substr(i, 2) == "//") {
      while (i < code.size() && code[i] != '\n') ++i;
    } else if (code.substr(i, 2) == "/*") {
      const std::size_t end = code.find("*/", i + 2);
      if (end == std::string_view::npos) return std::nullopt;
      i = end + 2;
    } else if (c == '"' || c == '\'') {
      std::string value;
      ++i;
      for (;;) {
        if (i >= code.size() || code[i] == '\n') return std::nullopt;
        const char d = code[i++];
        if (d == c) break;
        if (d != '\\') {
          value += d;
        } else if (!TakeEscape(code, i, value)) {
          return std::nullopt;
        }
      }
      tokens.push_back({TokenType::String, std::move(value)});
    } else if (c == '`') {
      // Cooked as JavaScript cooks a template: "\\" is one backslash, "\`" a backtick.
      std::string value;
      ++i;
      while (i < code.size() && code[i] != '`') {
        const char d = code[i++];
        if (d == '$' && i < code.size() && code[i] == '{') return std::nullopt;  // a substitution
        if (d != '\\') {
          value += d;
        } else if (!TakeEscape(code, i, value)) {
          return std::nullopt;
        }
      }
      if (i >= code.size()) return std::nullopt;
      ++i;
      tokens.push_back({TokenType::Template, std::move(value)});
    } else if (IsNameStart(c)) {
      const std::size_t start = i;
      while (i < code.size() && (IsNameStart(code[i]) || IsDigit(code[i]))) ++i;
      tokens.push_back({TokenType::Name, std::string(code.substr(start, i - start))});
    } else if (IsDigit(c)) {
      const std::size_t start = i;
      while (i < code.size() && (IsDigit(code[i]) || code[i] == '.' || code[i] == '_')) ++i;
      tokens.push_back({TokenType::Number, std::string(code.substr(start, i - start))});
    } else if (code.substr(i, 2) == "=>") {
      tokens.push_back({TokenType::Punct, "=>"});
      i += 2;
    } else {
      tokens.push_back({TokenType::Punct, std::string(1, c)});
      ++i;
    }
  }
  return tokens;
}

// Matches statements against token patterns, moving on only when a whole pattern matched.
class Matcher {
 public:
  explicit Matcher(const std::vector<JsToken>& tokens) : m_tokens(tokens) {}

  bool AtEnd() const { return m_at >= m_tokens.size(); }
  std::size_t Position() const { return m_at; }
  void Rewind(std::size_t at) { m_at = at; }

  // Each of these consumes one token when it is what is asked for.
  bool Punct(std::string_view text) { return Take(TokenType::Punct, text); }
  bool Name(std::string_view text) { return Take(TokenType::Name, text); }
  bool AnyName(std::string* out) { return TakeAny(TokenType::Name, out); }
  bool String(std::string* out) { return TakeAny(TokenType::String, out); }
  bool String(std::string_view text) { return Take(TokenType::String, text); }
  bool Template(std::string* out) { return TakeAny(TokenType::Template, out); }
  // A whole number of milliseconds the editor accepts.
  bool Milliseconds(int* out) {
    std::string text;
    const std::size_t at = m_at;
    if (!TakeAny(TokenType::Number, &text)) return false;
    int value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || value < 0 || value > 600000) {
      m_at = at;
      return false;
    }
    *out = value;
    return true;
  }
  // `a.b.c` as names and dots.
  bool Path(std::initializer_list<std::string_view> names) {
    const std::size_t at = m_at;
    bool first = true;
    for (std::string_view name : names) {
      if ((!first && !Punct(".")) || !Name(name)) {
        m_at = at;
        return false;
      }
      first = false;
    }
    return true;
  }
  // `console.log(LABEL)` with a string label.
  bool LogString(std::string* label) {
    const std::size_t at = m_at;
    if (Path({"console", "log"}) && Punct("(") && String(label) && Punct(")")) return true;
    m_at = at;
    return false;
  }
  // `() => console.log(LABEL)`
  bool ArrowLog(std::string* label) {
    const std::size_t at = m_at;
    if (Punct("(") && Punct(")") && Punct("=>") && LogString(label)) return true;
    m_at = at;
    return false;
  }
  // `.on("message", (msg) => console.log(msg))`
  bool OnMessageLogs() {
    const std::size_t at = m_at;
    std::string parameter, logged;
    if (Punct(".") && Name("on") && Punct("(") && String("message") && Punct(",") && Punct("(") &&
        AnyName(&parameter) && Punct(")") && Punct("=>") && Path({"console", "log"}) && Punct("(") &&
        AnyName(&logged) && logged == parameter && Punct(")") && Punct(")")) {
      return true;
    }
    m_at = at;
    return false;
  }
  // The end of a statement: a semicolon, which may be left out.
  void EndOfStatement() { Punct(";"); }

 private:
  bool Take(TokenType type, std::string_view text) {
    if (AtEnd() || m_tokens[m_at].type != type || m_tokens[m_at].text != text) return false;
    ++m_at;
    return true;
  }
  bool TakeAny(TokenType type, std::string* out) {
    if (AtEnd() || m_tokens[m_at].type != type) return false;
    if (out) *out = m_tokens[m_at].text;
    ++m_at;
    return true;
  }

  const std::vector<JsToken>& m_tokens;
  std::size_t m_at = 0;
};

// The label a generated worker posts: `require("worker_threads").parentPort.postMessage(LABEL)`.
std::optional<std::string> WorkerLabel(const std::string& source) {
  const auto tokens = Tokenize(source);
  if (!tokens) return std::nullopt;
  std::string label;
  Matcher chain(*tokens);
  if (chain.Name("require") && chain.Punct("(") && chain.String("worker_threads") && chain.Punct(")") &&
      chain.Punct(".") && chain.Name("parentPort") && chain.Punct(".") && chain.Name("postMessage") &&
      chain.Punct("(") && chain.String(&label) && chain.Punct(")")) {
    chain.EndOfStatement();
    if (chain.AtEnd()) return label;
  }
  return std::nullopt;
}

// One top-level statement as a task; `std::nullopt` when it is not a task's shape. The
// generator's `require` lines come back as no task at all (an empty optional inside).
std::optional<std::optional<TaskItem>> Statement(Matcher& m, bool* web_worker) {
  const std::size_t at = m.Position();
  const auto fail = [&]() -> std::optional<std::optional<TaskItem>> {
    m.Rewind(at);
    return std::nullopt;
  };
  const auto task = [&](TaskKind kind, std::string label, int ms) -> std::optional<std::optional<TaskItem>> {
    m.EndOfStatement();
    return std::optional<TaskItem>(TaskItem{kind, std::move(label), ms});
  };
  std::string label, name;
  int ms = 0;
  // const { Worker } = require("worker_threads");   const { fork } = require("child_process");
  if (m.Name("const") && m.Punct("{") && m.AnyName(&name) && m.Punct("}") && m.Punct("=") && m.Name("require") &&
      m.Punct("(") && m.String(&label) && m.Punct(")")) {
    if ((name == "Worker" && label == "worker_threads") || (name == "fork" && label == "child_process")) {
      m.EndOfStatement();
      return std::optional<TaskItem>();
    }
    return fail();
  }
  m.Rewind(at);
  if (m.LogString(&label)) return task(TaskKind::Log, label, 0);
  if (m.Name("work") && m.Punct("(") && m.Milliseconds(&ms) && m.Punct(")")) return task(TaskKind::Work, "", ms);
  m.Rewind(at);
  if (m.Name("setTimeout") && m.Punct("(") && m.ArrowLog(&label) && m.Punct(",") && m.Milliseconds(&ms) &&
      m.Punct(")")) {
    return task(TaskKind::Timeout, label, ms);
  }
  m.Rewind(at);
  if (m.Path({"Promise", "resolve"}) && m.Punct("(") && m.Punct(")") && m.Punct(".") && m.Name("then") &&
      m.Punct("(") && m.ArrowLog(&label) && m.Punct(")")) {
    return task(TaskKind::PromiseThen, label, 0);
  }
  m.Rewind(at);
  if (m.Name("queueMicrotask") && m.Punct("(") && m.ArrowLog(&label) && m.Punct(")")) {
    return task(TaskKind::QueueMicrotask, label, 0);
  }
  m.Rewind(at);
  // async function NAME() { await null; console.log(LABEL); } NAME();
  std::string called;
  if (m.Name("async") && m.Name("function") && m.AnyName(&name) && m.Punct("(") && m.Punct(")") && m.Punct("{") &&
      m.Name("await") && m.Name("null") && (m.EndOfStatement(), m.LogString(&label)) &&
      (m.EndOfStatement(), m.Punct("}")) && m.AnyName(&called) && called == name && m.Punct("(") && m.Punct(")")) {
    return task(TaskKind::Await, label, 0);
  }
  m.Rewind(at);
  // new Worker(`...postMessage(LABEL)`, { eval: true }).on("message", (msg) => console.log(msg));
  std::string source;
  if (m.Name("new") && m.Name("Worker") && m.Punct("(") && m.Template(&source) && m.Punct(",") && m.Punct("{") &&
      m.Name("eval") && m.Punct(":") && m.Name("true") && m.Punct("}") && m.Punct(")") && m.OnMessageLogs()) {
    if (const std::optional<std::string> posted = WorkerLabel(source)) return task(TaskKind::Worker, *posted, 0);
    return fail();
  }
  m.Rewind(at);
  // new Worker("worker.js", { name: LABEL }).onmessage = (e) => console.log(e.data);   (a page)
  std::string parameter, logged;
  if (m.Name("new") && m.Name("Worker") && m.Punct("(") && m.String("worker.js") && m.Punct(",") && m.Punct("{") &&
      m.Name("name") && m.Punct(":") && m.String(&label) && m.Punct("}") && m.Punct(")") && m.Punct(".") &&
      m.Name("onmessage") && m.Punct("=") && m.Punct("(") && m.AnyName(&parameter) && m.Punct(")") &&
      m.Punct("=>") && m.Path({"console", "log"}) && m.Punct("(") && m.AnyName(&logged) && logged == parameter &&
      m.Punct(".") && m.Name("data") && m.Punct(")")) {
    if (web_worker) *web_worker = true;
    return task(TaskKind::Worker, label, 0);
  }
  m.Rewind(at);
  // fork("child.js", [LABEL]).on("message", (msg) => console.log(msg));
  if (m.Name("fork") && m.Punct("(") && m.String("child.js") && m.Punct(",") && m.Punct("[") && m.String(&label) &&
      m.Punct("]") && m.Punct(")") && m.OnMessageLogs()) {
    return task(TaskKind::Fork, label, 0);
  }
  return fail();
}

// The tasks of `code`; `web_worker` says whether a task starts a Web Worker (a page's shape).
std::optional<std::vector<TaskItem>> ParseCode(std::string_view code, bool* web_worker) {
  const auto tokens = Tokenize(code);
  if (!tokens) return std::nullopt;
  Matcher m(*tokens);
  std::vector<TaskItem> tasks;
  while (!m.AtEnd()) {
    if (m.Punct(";")) continue;  // an empty statement
    const auto statement = Statement(m, web_worker);
    if (!statement) return std::nullopt;
    if (*statement) tasks.push_back(**statement);
  }
  return tasks;
}

}  // namespace

std::optional<std::vector<TaskItem>> ParseTasks(std::string_view code) { return ParseCode(code, nullptr); }

std::optional<std::vector<TaskItem>> ParseTasks(const std::vector<trace::SourceFile>& files) {
  if (files.empty()) return std::nullopt;
  bool web_worker = false;
  std::optional<std::vector<TaskItem>> tasks = ParseCode(files.front().text, &web_worker);
  if (!tasks) return std::nullopt;
  // The list owns every file: main.js, child.js exactly as it writes it when a task forks, and
  // worker.js exactly as it writes it when a task starts a Web Worker.
  std::vector<trace::SourceFile> expected;
  if (NeedsChildFile(*tasks)) expected.push_back({"child.js", ChildCode()});
  if (web_worker) expected.push_back({"worker.js", WebWorkerCode()});
  if (files.size() != expected.size() + 1) return std::nullopt;
  for (std::size_t i = 0; i < expected.size(); ++i) {
    if (files[i + 1].name != expected[i].name || files[i + 1].text != expected[i].text) return std::nullopt;
  }
  return tasks;
}

}  // namespace th::ui
