#pragma once
// Recursive-descent parser for the JavaScript subset. It builds the AST with source positions,
// recovers in panic mode (one typo gives one error) and refuses nesting deeper than a limit so
// that hostile input gives a diagnostic instead of overflowing the C++ stack.
#include <string>
#include <string_view>
#include <vector>

#include "lang/ast.h"
#include "lang/lexer.h"

namespace th {

struct ParseResult {
  NodePtr program;                       // always present, possibly partial when errors exist
  std::vector<Diagnostic> diagnostics;   // in source order of discovery; [0] is what Node shows
  bool ok() const { return diagnostics.empty(); }
};

struct ParseOptions {
  int max_depth = 1000;  // parse-function nesting (about 4 per bracket level) before a SyntaxError
};

ParseResult Parse(std::string_view source, const std::string& file, const ParseOptions& options = {});

}  // namespace th
