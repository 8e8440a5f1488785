// The compiler, through disassembly goldens: what a small program turns into.
#include <gtest/gtest.h>

#include "lang/compiler.h"

namespace th {
namespace {

std::string DisassembleSource(const std::string& source) {
  CompileResult result = CompileProgram(source, "t.js");
  if (!result.ok()) return "error: " + result.diagnostics[0].message;
  return Disassemble(*result.program);
}

TEST(Compiler, LocalsArithmeticAndCalls) {
  EXPECT_EQ(DisassembleSource("let x = 1 + 2;\nconsole.log(x);\n"),
            "== <anonymous> (locals 6, stack 5) ==\n"
            "0000    1 InitTdz 5\n"
            "0003    | Const 1\n"
            "0006    | Const 2\n"
            "0009    | Add\n"
            "0010    | StoreLocal 5\n"
            "0013    2 GetGlobal 'console'\n"
            "0016    | GetMethod 'log'\n"
            "0019    | GetLocal 5\n"
            "0022    | Call 1\n"
            "0024    | Pop\n"
            "0025    | Undefined\n"
            "0026    | Return\n");
}

TEST(Compiler, CapturedVariablesLiveInBoxes) {
  std::string listing = DisassembleSource("function counter() { let n = 0; return () => ++n; }");
  EXPECT_NE(listing.find("NewBox"), std::string::npos) << listing;
  EXPECT_NE(listing.find("GetUpval"), std::string::npos) << listing;
  EXPECT_NE(listing.find("SetUpval"), std::string::npos) << listing;
}

TEST(Compiler, LoopsWithClosuresGetFreshBindings) {
  std::string listing = DisassembleSource("const fs = []; for (let i = 0; i < 3; i++) fs.push(() => i);");
  EXPECT_NE(listing.find("CopyBox"), std::string::npos) << listing;
}

TEST(Compiler, TryFinallyInlinesTheFinallyOnEveryExit) {
  std::string listing = DisassembleSource("function f() { try { return 1; } finally { g(); } }");
  size_t first = listing.find("GetGlobal 'g'");
  ASSERT_NE(first, std::string::npos) << listing;
  EXPECT_NE(listing.find("GetGlobal 'g'", first + 1), std::string::npos) << listing;
  EXPECT_NE(listing.find("Rethrow"), std::string::npos) << listing;
}

TEST(Compiler, AsyncFunctionsAwait) {
  std::string listing = DisassembleSource("async function f(p) { return await p; }");
  EXPECT_NE(listing.find("Await"), std::string::npos) << listing;
}

TEST(Compiler, PositionTableMarksStatements) {
  CompileResult result = CompileProgram("let a = 1;\nlet b = 2;\n", "t.js");
  ASSERT_TRUE(result.ok());
  int statements = 0;
  for (const PositionEntry& entry : result.program->positions) statements += entry.statement ? 1 : 0;
  EXPECT_EQ(statements, 2);
  EXPECT_EQ(result.program->positions.back().line, 2);
}

}  // namespace
}  // namespace th
