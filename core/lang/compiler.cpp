// Entry points: parse, resolve, compile. The per-function compiler is in compiler_impl.h and
// the compiler_*.cpp files beside this one.
#include "lang/compiler.h"

#include "lang/compiler_impl.h"
#include "lang/resolver.h"

namespace th {

using detail::FunctionCompiler;

std::unique_ptr<FunctionCode> CompileResolved(Node& program, const std::string& file, std::string_view source) {
  std::vector<size_t> line_starts = {0};
  for (size_t i = 0; i < source.size(); ++i) {
    if (source[i] == '\n') line_starts.push_back(i + 1);
  }
  FunctionCompiler compiler(nullptr, program.function.get(), file, source, &line_starts);
  return compiler.CompileProgram(program);
}

CompileResult CompileProgram(std::string_view source, const std::string& file, const ParseOptions& options) {
  CompileResult result;
  ParseResult parsed = Parse(source, file, options);
  if (!parsed.ok()) {
    result.diagnostics = std::move(parsed.diagnostics);
    return result;
  }
  result.diagnostics = Resolve(*parsed.program, file);
  if (!result.diagnostics.empty()) return result;
  result.program = CompileResolved(*parsed.program, file, source);
  return result;
}

}  // namespace th
