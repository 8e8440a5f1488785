// The parser's entry point; the grammar lives in parser_statements.cpp,
// parser_functions.cpp and parser_expressions.cpp around the class in parser_impl.h.
#include "lang/parser.h"

#include "lang/parser_impl.h"

namespace th {

namespace detail {

const std::unordered_set<std::string>& ReservedWords() {
  static const std::unordered_set<std::string> words = {
      "break",  "case",   "catch", "class",  "const",      "continue", "debugger", "default",
      "delete", "do",     "else",  "export", "extends",    "finally",  "for",      "function",
      "if",     "import", "in",    "instanceof", "new",    "return",   "super",    "switch",
      "this",   "throw",  "try",   "typeof", "var",        "void",     "while",    "with",
      "null",   "true",   "false", "enum"};
  return words;
}

}  // namespace detail

ParseResult Parse(std::string_view source, const std::string& file, const ParseOptions& options) {
  detail::Parser parser(source, file, options);
  return parser.Run();
}

}  // namespace th
