#pragma once
// Diagnostics are plain values so every layer (CLI, session, UI) can show them its own way.
#include <string>
#include <vector>

namespace th {

enum class DiagnosticKind {
  SyntaxError,  // the source does not parse (or nests too deeply)
  Unsupported,  // valid JavaScript that Threadhouse does not support yet (reported as SyntaxError)
};

struct Diagnostic {
  DiagnosticKind kind = DiagnosticKind::SyntaxError;
  std::string file;
  int line = 0;  // 1-based
  int col = 0;   // 1-based
  std::string message;
  int length = 1;  // how many carets underline it (V8 underlines a whole bad regex literal)
};

// A position in the source: 1-based line and column.
struct SourcePos {
  int line = 1;
  int col = 1;
};

// Formats a diagnostic as Node prints an uncaught SyntaxError: "file:line", the source line,
// a caret under the column, a blank line and "SyntaxError: message".
std::string FormatDiagnostic(const Diagnostic& diagnostic, const std::string& source);

// Returns line `line` (1-based) of `source` without its newline, or "" past the end.
std::string SourceLine(const std::string& source, int line);

}  // namespace th
