// The parser: tree shapes (through DumpAst), error positions and messages, recovery, and the
// nesting limit.
#include <gtest/gtest.h>

#include <string>

#include "lang/compiler.h"
#include "lang/parser.h"

namespace th {
namespace {

std::string FirstError(const std::string& source) {
  CompileResult result = CompileProgram(source, "t.js");
  if (result.diagnostics.empty()) return "";
  const Diagnostic& d = result.diagnostics.front();
  return std::to_string(d.line) + ":" + std::to_string(d.col) + " " + d.message;
}

TEST(Parser, PrecedenceAndAssociativity) {
  ParseResult result = Parse("a + b * c ** d ** e;", "t.js");
  ASSERT_TRUE(result.ok());
  std::string dump = DumpAst(*result.program);
  EXPECT_EQ(dump,
            "Program 1:1\n"
            "  ExprStmt 1:1\n"
            "    Binary 1:1 +\n"
            "      Identifier 1:1 'a'\n"
            "      Binary 1:5 *\n"
            "        Identifier 1:5 'b'\n"
            "        Binary 1:9 **\n"
            "          Identifier 1:9 'c'\n"
            "          Binary 1:14 **\n"
            "            Identifier 1:14 'd'\n"
            "            Identifier 1:19 'e'\n");
}

TEST(Parser, ArrowFunctionsAndDestructuring) {
  ParseResult result = Parse("const { a, b: [c = 1, ...d] } = f((x, y) => x + y);", "t.js");
  ASSERT_TRUE(result.ok()) << result.diagnostics[0].message;
  std::string dump = DumpAst(*result.program);
  EXPECT_NE(dump.find("ObjectPattern"), std::string::npos);
  EXPECT_NE(dump.find("ArrayPattern"), std::string::npos);
  EXPECT_NE(dump.find("AssignPattern"), std::string::npos);
  EXPECT_NE(dump.find("Rest"), std::string::npos);
  EXPECT_NE(dump.find("Function"), std::string::npos);
}

TEST(Parser, ErrorsReportNodesWordsAtTheRightColumn) {
  EXPECT_EQ(FirstError("let x = 1 +;"), "1:12 Unexpected token ';'");
  // Under the last argument, as node shows it (`foo(1, 2` has its caret under the 2).
  EXPECT_EQ(FirstError("foo(1, 2"), "1:8 missing ) after argument list");
  EXPECT_EQ(FirstError("console.log('a' 'b')"), "1:13 missing ) after argument list");
  EXPECT_EQ(FirstError("let a = 1;\nlet a = 2;"), "2:5 Identifier 'a' has already been declared");
  EXPECT_EQ(FirstError("const c;"), "1:8 Missing initializer in const declaration");
  EXPECT_EQ(FirstError("if (x) {"), "1:9 Unexpected end of input");
  EXPECT_EQ(FirstError("break;"), "1:1 Illegal break statement");
  EXPECT_EQ(FirstError("let s = 'open"), "1:9 Invalid or unexpected token");
  EXPECT_EQ(FirstError("class A { #x = 1; #x() {} }"), "1:19 Identifier '#x' has already been declared");
}

TEST(Parser, UnsupportedFeaturesNameThemselves) {
  EXPECT_EQ(FirstError("async function* g() { yield* h(); }"), "1:28 yield* in async generators is not supported in Threadhouse yet");
  EXPECT_EQ(FirstError("x = /(/;"), "1:5 Invalid regular expression: /(/: Unterminated group");
  EXPECT_EQ(FirstError("import fs from 'fs';"), "1:1 import and export are not supported in Threadhouse yet (use require)");
  EXPECT_EQ(FirstError("const p = Proxy;"), "1:11 Proxy is not supported in Threadhouse yet");
  EXPECT_EQ(FirstError("new Proxy({}, {});"), "1:5 Proxy is not supported in Threadhouse yet");
}

TEST(Parser, SuperOnlyWhereAClassGivesItAMeaning) {
  EXPECT_EQ(FirstError("class A { constructor() { super(); } }"), "1:27 'super' keyword unexpected here");
  EXPECT_EQ(FirstError("function f() { return super.x; }"), "1:23 'super' keyword unexpected here");
  EXPECT_EQ(FirstError("class A extends B { m() { super(); } }"), "1:27 'super' keyword unexpected here");
  EXPECT_EQ(FirstError("class A { constructor() {} constructor() {} }"), "1:28 A class may only have one constructor");
  EXPECT_EQ(FirstError("class A extends B { constructor() { super(); } m() { return super.m(); } }"), "");
}

TEST(Parser, YieldIsAnExpressionOnlyInGenerators) {
  EXPECT_EQ(FirstError("function* g() { const x = yield 1; yield; yield* [1]; return (yield) + 1; }"), "");
  EXPECT_EQ(FirstError("function* g() { yield\n1; }"), "");  // a bare yield, then the statement `1;`
  EXPECT_EQ(FirstError("function* g() { yield* ; }"), "1:24 Unexpected token ';'");
  EXPECT_EQ(FirstError("function f() { yield 1; }"), "1:22 Unexpected number");
  EXPECT_EQ(FirstError("class A { *constructor() {} }"), "1:12 Class constructor may not be a generator");
}

TEST(Parser, AsyncGeneratorsAndForAwait) {
  EXPECT_EQ(FirstError("async function* g() { yield await 1; }"), "");
  EXPECT_EQ(FirstError("const o = { async *g() { yield 1; } }; class A { async *m() {} static async *[s]() {} }"), "");
  EXPECT_EQ(FirstError("const g = async function* () {};"), "");
  EXPECT_EQ(FirstError("async function f() { for await (const x of y) {} for await (x of y); }"), "");
  EXPECT_EQ(FirstError("function f() { for await (const x of y) {} }"), "1:20 Unexpected reserved word");
  EXPECT_EQ(FirstError("async function f() { for await (const x in y) {} }"), "1:41 Unexpected token 'in'");
  EXPECT_EQ(FirstError("async function f() { for await (let i = 0; i < 1; i++) {} }"), "1:37 for-await-of loop variable declaration may not have an initializer.");
}

TEST(Parser, OneTypoGivesOneError) {
  ParseResult result = Parse("let a = ;\nlet b = 2;\nconsole.log(b);\n", "t.js");
  EXPECT_EQ(result.diagnostics.size(), 1u);
  // Recovery goes on parsing the next statements.
  ASSERT_TRUE(result.program);
  EXPECT_EQ(result.program->kids.size(), 2u);
}

TEST(Parser, DeepNestingIsASyntaxErrorNotACrash) {
  for (const char* open : {"[", "(", "{a:", "-", "!", "a?b:"}) {
    std::string source = "x = ";
    for (int i = 0; i < 10000; ++i) source += open;
    source += "1";
    CompileResult result = CompileProgram(source, "deep.js");
    ASSERT_FALSE(result.ok()) << open;
    EXPECT_NE(result.diagnostics[0].message.find("nested too deeply"), std::string::npos) << result.diagnostics[0].message;
  }
  std::string functions;
  for (int i = 0; i < 10000; ++i) functions += "function f() {";
  EXPECT_FALSE(CompileProgram(functions, "deep.js").ok());
}

// Chains that a loop builds (no parse function recurses for them) make the tree as deep as
// they are long: 100 000 terms once overflowed the C stack in the resolver (hostile programs).
TEST(Parser, LongChainsAreASyntaxErrorNotACrash) {
  for (const char* link : {" + 1", ".o", "()", "[0]", "?.o", " || a", " ** 2"}) {
    std::string source = "x = a";
    for (int i = 0; i < 100000; ++i) source += link;
    CompileResult result = CompileProgram(source + ";\n", "chain.js");
    ASSERT_FALSE(result.ok()) << link;
    EXPECT_NE(result.diagnostics[0].message.find("nested too deeply"), std::string::npos) << result.diagnostics[0].message;
  }
  std::string member_of_new = "x = new a";
  for (int i = 0; i < 100000; ++i) member_of_new += ".b";
  EXPECT_FALSE(CompileProgram(member_of_new + "();\n", "chain.js").ok());
}

// Recovering from an error deep inside blocks once reset the depth count to zero while the C
// stack stayed deep, so that error after error each let another 1000 levels in, until the
// stack overflowed (found by the hostile programs: 120 rounds of 900 blocks and a typo).
TEST(Parser, RecoveryDeepInsideBlocksKeepsCountingTheDepth) {
  std::string source;
  for (int round = 0; round < 120; ++round) source += std::string(900, '{') + "@;\n";
  source += std::string(900 * 120, '}');
  CompileResult result = CompileProgram(source, "recover.js");
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.diagnostics[0].message, "decorators are not supported in Threadhouse yet");
}

// 100 000 nested parentheses: each `(` asks whether it starts an arrow function, and one scan
// ahead now answers for all the parentheses it passes (it was one scan per level: seconds).
TEST(Parser, DeepParenthesesAreScannedOnce) {
  std::string source = "x = " + std::string(100000, '(') + "1" + std::string(100000, ')') + ";\n";
  CompileResult result = CompileProgram(source, "parens.js");
  ASSERT_FALSE(result.ok());
  EXPECT_NE(result.diagnostics[0].message.find("nested too deeply"), std::string::npos);
  // An arrow's parameters after nested parentheses are still told from a parenthesized value.
  EXPECT_TRUE(CompileProgram("const f = ((a) => (b) => ((c)))(1);\nconst g = (((1)));\n", "arrows.js").ok());
}

TEST(Parser, ReasonableNestingStillParses) {
  std::string source = "x = " + std::string(200, '[') + "1" + std::string(200, ']') + ";";
  EXPECT_TRUE(CompileProgram(source, "nested.js").ok());
}

TEST(Parser, FormatsDiagnosticsAsNodeDoes) {
  Diagnostic d{DiagnosticKind::SyntaxError, "t.js", 1, 12, "Unexpected token ';'"};
  EXPECT_EQ(FormatDiagnostic(d, "let x = 1 +;\n"), "t.js:1\nlet x = 1 +;\n           ^\n\nSyntaxError: Unexpected token ';'\n");
}

}  // namespace
}  // namespace th
