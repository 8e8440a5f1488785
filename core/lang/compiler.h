#pragma once
// Source → bytecode: parse, resolve, compile. The result is a tree of FunctionCode, the root
// being the program wrapped as Node wraps a CommonJS module:
//   function (exports, require, module, __filename, __dirname) { <program> }
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "lang/ast.h"
#include "lang/bytecode.h"
#include "lang/diagnostic.h"
#include "lang/parser.h"

namespace th {

struct CompileResult {
  std::unique_ptr<FunctionCode> program;  // null when there are diagnostics
  std::vector<Diagnostic> diagnostics;    // [0] is the one Node would report
  bool ok() const { return program != nullptr; }
};

CompileResult CompileProgram(std::string_view source, const std::string& file, const ParseOptions& options = {});

// Compiles an already resolved program tree.
std::unique_ptr<FunctionCode> CompileResolved(Node& program, const std::string& file, std::string_view source);

}  // namespace th
