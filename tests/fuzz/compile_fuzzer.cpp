// The parser and the compiler alone: any bytes must give either bytecode or a diagnostic,
// never a crash, a sanitizer report, a C-stack overflow or a hang (libFuzzer's -timeout).
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "lang/bytecode.h"
#include "lang/compiler.h"
#include "lang/diagnostic.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string source(reinterpret_cast<const char*>(data), size);
  const th::CompileResult result = th::CompileProgram(source, "fuzz.js");
  if (result.ok() != result.diagnostics.empty()) {
    std::fputs("compile_fuzzer: bytecode and diagnostics must not come together, nor both be missing\n", stderr);
    std::abort();
  }
  if (result.ok()) {
    // The listing walks every instruction and constant: a malformed operand shows up here.
    volatile std::size_t listed = th::Disassemble(*result.program).size();
    (void)listed;
  } else {
    // What the CLI prints for the first diagnostic (its source line and caret).
    volatile std::size_t printed = th::FormatDiagnostic(result.diagnostics.front(), source).size();
    (void)printed;
  }
  return 0;
}
