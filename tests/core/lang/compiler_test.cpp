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

TEST(Compiler, ForAwaitAwaitsEachStepAndEachClose) {
  // Each step: next(), awaited, then done? A break (56) calls return() and awaits it; a throw
  // out of the body (84) does the same but drops what return() throws, and rethrows its own.
  EXPECT_EQ(DisassembleSource("async function f(xs) { for await (const x of xs) { if (x) break; } }"),
            "== <anonymous> (locals 6, stack 3) ==\n"
            "0000    0 Closure 0\n"
            "0003    | StoreLocal 5\n"
            "0006    | Undefined\n"
            "0007    | Return\n"
            "== f (locals 2, stack 5) ==\n"
            "0000    1 GetLocal 0\n"
            "0003    | Extended AsyncIterInit 0\n"
            "0007    | PushHandler -> 84\n"
            "0012    | Extended AsyncIterNext 0\n"
            "0016    | Await\n"
            "0017    | Extended AsyncIterResult 0\n"
            "0021    | JumpIfTrue -> 50\n"
            "0026    | InitTdz 1\n"
            "0029    | StoreLocal 1\n"
            "0032    | GetLocal 1\n"
            "0035    | JumpIfFalse -> 45\n"
            "0040    | Jump -> 56\n"
            "0045    | Jump -> 12\n"
            "0050    | Pop\n"
            "0051    | Jump -> 77\n"
            "0056    | PopHandler\n"
            "0057    | Extended AsyncIterReturn 0\n"
            "0061    | JumpIfFalse -> 71\n"
            "0066    | Await\n"
            "0067    | Extended RequireIterResult 0\n"
            "0071    | Pop\n"
            "0072    | Jump -> 78\n"
            "0077    | PopHandler\n"
            "0078    | Pop\n"
            "0079    | Jump -> 104\n"
            "0084    | Swap\n"
            "0085    | PushHandler -> 101\n"
            "0090    | Extended AsyncIterReturn 0\n"
            "0094    | JumpIfFalse -> 100\n"
            "0099    | Await\n"
            "0100    | PopHandler\n"
            "0101    | Pop\n"
            "0102    | Pop\n"
            "0103    | Rethrow\n"
            "0104    | Undefined\n"
            "0105    | Return\n");
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
