// Limits never crash the host: the instruction budget, the call depth (a catchable
// RangeError), the heap limit (Node's fatal message), and deep data in the built-ins.
#include <gtest/gtest.h>

#include "vm/script_runner.h"

namespace th {
namespace {

TEST(Limits, InstructionBudgetStopsAnEndlessLoop) {
  ScriptOptions options;
  options.vm.instruction_limit = 1'000'000;
  ScriptResult result = RunScript("console.log('start');\nwhile (true) {}\n", "loop.js", options);
  EXPECT_EQ(result.stdout_text, "start\n");
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.stderr_text.find("instruction budget"), std::string::npos) << result.stderr_text;
}

TEST(Limits, InstructionBudgetAlsoStopsLoopsInsideBuiltinCallbacks) {
  ScriptOptions options;
  options.vm.instruction_limit = 1'000'000;
  ScriptResult result = RunScript(
      "try { JSON.stringify({ a: 1 }, () => { while (true) {} }); } catch (e) { console.log('caught'); }\n"
      "console.log('not reached');\n",
      "nested_loop.js", options);
  EXPECT_EQ(result.stdout_text, "");  // termination cannot be caught
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.stderr_text.find("instruction budget"), std::string::npos) << result.stderr_text;
}

TEST(Limits, CallDepthIsACatchableRangeError) {
  ScriptResult result = RunScript(
      "function down(n) { return down(n + 1) + 1; }\n"
      "try { down(0); } catch (e) { console.log(e instanceof RangeError, e.message); }\n"
      "console.log('still running');\n",
      "depth.js");
  EXPECT_EQ(result.stdout_text, "true Maximum call stack size exceeded\nstill running\n");
  EXPECT_EQ(result.exit_code, 0);
}

TEST(Limits, UncaughtStackOverflowReportsLikeNode) {
  ScriptResult result = RunScript("function f() { f(); }\nf();\n", "overflow.js");
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.stderr_text.find("RangeError: Maximum call stack size exceeded"), std::string::npos);
}

TEST(Limits, HeapLimitEndsTheRunInNodesWords) {
  ScriptOptions options;
  options.vm.heap_limit = 16u << 20;
  ScriptResult result = RunScript("const all = [];\nwhile (true) all.push({ a: [1, 2, 3] });\n", "oom.js", options);
  EXPECT_EQ(result.exit_code, 134);
  EXPECT_NE(result.stderr_text.find("JavaScript heap out of memory"), std::string::npos) << result.stderr_text;
}

// Element storage counts against the limit as it grows, not only at the next collection: each
// of these once took gigabytes of host memory before the limit fired, or never fired at all.
class HeapGrowth : public ::testing::TestWithParam<const char*> {};

TEST_P(HeapGrowth, EndsAtTheHeapLimitInNodesWords) {
  ScriptOptions options;
  options.vm.heap_limit = 32u << 20;
  ScriptResult result = RunScript(std::string("console.log('start');\n") + GetParam(), "grow.js", options);
  EXPECT_EQ(result.stdout_text, "start\n");
  EXPECT_EQ(result.exit_code, 134);
  EXPECT_EQ(result.stderr_text, "FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory\n");
}

INSTANTIATE_TEST_SUITE_P(
    Programs, HeapGrowth,
    ::testing::Values("let a = [1]; while (true) a = a.concat(a);\n",
                      "const a = []; while (true) a.push(1, 2, 3, 4);\n",
                      "let a = [1]; while (true) a = [...a, ...a];\n",
                      "const a = []; for (let i = 0; ; i++) a[i] = i;\n",
                      "const a = []; a.length = 4e9;\n",
                      "const a = []; a[4e9 - 2] = 1;\n",
                      "const a = new Array(2 ** 26);\n",
                      "const m = new Map(); for (let i = 0; ; i++) m.set(i, i);\n",
                      "const o = {}; for (let i = 0; ; i++) o['k' + i] = i;\n",
                      "const s = 'x'.repeat(2 ** 28);\n",
                      "const s = 'x'.padStart(2 ** 28);\n",
                      "let s = 'ab'; const keep = []; while (true) { s += s; keep.push(s.length, s[0]); }\n"));

TEST(Limits, GarbageDoesNotCountOnceCollected) {
  ScriptOptions options;
  options.vm.heap_limit = 32u << 20;
  // 100 MB of arrays over the run, never more than 1 MB alive at once.
  ScriptResult result = RunScript(
      "let total = 0;\n"
      "for (let i = 0; i < 100; i++) { const a = new Array(65536).fill(i); total += a.length; }\n"
      "console.log(total);\n",
      "garbage.js", options);
  EXPECT_EQ(result.stderr_text, "");
  EXPECT_EQ(result.stdout_text, "6553600\n");
}

TEST(Limits, HugeStringsAreARangeError) {
  ScriptResult result = RunScript(
      "try { 'x'.repeat(2 ** 30); } catch (e) { console.log(e.name, e.message); }\n"
      "let s = 'ab'; try { while (true) s += s; } catch (e) { console.log(e.name, e.message); }\n",
      "strings.js");
  EXPECT_EQ(result.stdout_text, "RangeError Invalid string length\nRangeError Invalid string length\n");
}

TEST(Limits, DeepDataInBuiltinsDoesNotOverflowTheCStack) {
  ScriptResult result = RunScript(
      "let o = {};\n"
      "for (let i = 0; i < 100000; i++) o = { o };\n"
      "try { JSON.stringify(o); } catch (e) { console.log(e.name); }\n"
      "console.log(o);\n",
      "deep.js");
  EXPECT_EQ(result.stdout_text, "RangeError\n{ o: { o: { o: [Object] } } }\n");
}

TEST(Limits, TenThousandNestedBracketsIsASyntaxError) {
  std::string source = "const x = " + std::string(10000, '[') + std::string(10000, ']') + ";\n";
  ScriptResult result = RunScript(source, "nested.js");
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.stderr_text.find("SyntaxError"), std::string::npos);
}

}  // namespace
}  // namespace th
