// The Vm API the runtime layer builds on: stepping with a budget, statement boundaries,
// the EnqueueJob host hook, async frames suspended and resumed, and the observer hooks.
#include <gtest/gtest.h>

#include <deque>

#include "lang/compiler.h"
#include "vm/script_runner.h"
#include "vm/vm.h"

namespace th {
namespace {

class StringSink final : public OutputSink {
 public:
  void Write(OutputStream stream, std::string_view text) override {
    (stream == OutputStream::Stdout ? out : err) += text;
  }
  std::string out, err;
};

TEST(Vm, StepRunsABoundedNumberOfInstructions) {
  StringSink sink;
  Vm vm(VmOptions{}, &sink);
  Diagnostic error;
  ASSERT_TRUE(vm.Load("let n = 0;\nfor (let i = 0; i < 1000; i++) n += i;\nconsole.log(n);\n", "step.js", &error));
  int steps = 0;
  RunStatus status;
  while ((status = vm.Step(100)) == RunStatus::Paused) ++steps;
  EXPECT_EQ(status, RunStatus::Done);
  EXPECT_GT(steps, 50);
  EXPECT_EQ(sink.out, "499500\n");
}

TEST(Vm, StatementModeStopsAtStatementBoundaries) {
  StringSink sink;
  Vm vm(VmOptions{}, &sink);
  Diagnostic error;
  ASSERT_TRUE(vm.Load("console.log('a');\nconsole.log('b');\nconsole.log('c');\n", "lines.js", &error));
  EXPECT_EQ(vm.Step(1, StepMode::Statements), RunStatus::Paused);
  EXPECT_EQ(sink.out, "a\n");
  EXPECT_EQ(vm.Step(1, StepMode::Statements), RunStatus::Paused);
  EXPECT_EQ(sink.out, "a\nb\n");
  EXPECT_EQ(vm.Step(0), RunStatus::Done);
  EXPECT_EQ(sink.out, "a\nb\nc\n");
}

// A host that keeps the jobs itself and runs them when it likes (as the event loop will).
class RecordingHost final : public HostHooks {
 public:
  void EnqueueJob(Vm& vm, JobId id) override {
    (void)vm;
    jobs.push_back(id);
  }
  std::deque<JobId> jobs;
};

TEST(Vm, JobsGoThroughTheHostHookAndAsyncFramesResume) {
  StringSink sink;
  RecordingHost host;
  Vm vm(VmOptions{}, &sink, &host);
  Diagnostic error;
  ASSERT_TRUE(vm.Load("async function f() {\n  console.log('before');\n  await null;\n  console.log('after');\n}\n"
                      "f().then(() => console.log('settled'));\nconsole.log('sync end');\n",
                      "async.js", &error));
  EXPECT_EQ(vm.Step(0), RunStatus::Done);
  EXPECT_EQ(sink.out, "before\nsync end\n");  // the frame is suspended at await
  EXPECT_EQ(host.jobs.size(), 1u);
  EXPECT_FALSE(vm.HasQueuedJobs());  // the host took it
  while (!host.jobs.empty()) {
    JobId id = host.jobs.front();
    host.jobs.pop_front();
    ASSERT_TRUE(vm.StartJob(id));
    EXPECT_EQ(vm.Step(0), RunStatus::Done);
  }
  EXPECT_EQ(sink.out, "before\nsync end\nafter\nsettled\n");
}

class CountingObserver final : public VmObserver {
 public:
  void OnCallPush(std::string_view name, int, bool is_program) override {
    pushes.emplace_back(name);
    programs.push_back(is_program);
  }
  void OnCallPop(std::string_view, bool) override { ++pops; }
  void OnLine(std::string_view, int line, int) override { lines.push_back(line); }
  void OnAllocate(ObjKind) override { ++allocations; }
  void OnAwaitSuspend(std::string_view name) override { suspends.emplace_back(name); }
  void OnAwaitResume(std::string_view name, int) override { resumes.emplace_back(name); }
  std::vector<std::string> pushes;
  std::vector<bool> programs;
  std::vector<std::string> suspends;
  std::vector<std::string> resumes;
  int allocations = 0;
  int pops = 0;
  std::vector<int> lines;
};

TEST(Vm, ObserverSeesCallsAndLines) {
  StringSink sink;
  Vm vm(VmOptions{}, &sink);
  CountingObserver observer;
  vm.set_observer(&observer);
  Diagnostic error;
  ASSERT_TRUE(vm.Load("function square(x) {\n  return x * x;\n}\nconst y = square(3);\n", "obs.js", &error));
  EXPECT_EQ(vm.Step(0), RunStatus::Done);
  ASSERT_EQ(observer.pushes.size(), 2u);
  EXPECT_EQ(observer.pushes[0], "(program)");
  EXPECT_EQ(observer.pushes[1], "square");
  EXPECT_EQ(observer.programs, (std::vector<bool>{true, false}));
  EXPECT_EQ(observer.pops, 2);  // square, then the program
  // One line per statement run, in order: the declaration is hoisted, so `const y` (4) runs,
  // then square's `return` (2).
  EXPECT_EQ(observer.lines, (std::vector<int>{4, 2}));
  EXPECT_GT(observer.allocations, 0);
}

TEST(Vm, ObserverSeesAwaitSuspendAndResume) {
  StringSink sink;
  Vm vm(VmOptions{}, &sink);
  CountingObserver observer;
  vm.set_observer(&observer);
  Diagnostic error;
  ASSERT_TRUE(vm.Load("async function main() {\n  await null;\n  return 1;\n}\nmain();\n", "await.js", &error));
  EXPECT_EQ(vm.Step(0), RunStatus::Done);
  EXPECT_EQ(vm.DrainJobs(), RunStatus::Done);
  EXPECT_EQ(observer.pushes, (std::vector<std::string>{"(program)", "main"}));
  EXPECT_EQ(observer.suspends, (std::vector<std::string>{"main"}));
  EXPECT_EQ(observer.resumes, (std::vector<std::string>{"main"}));
}

TEST(Vm, StatementStartsAreMarkedInTheCode) {
  CompileResult result = CompileProgram("let a = 1;\nif (a) {\n  a = 2;\n}\n", "marks.js");
  ASSERT_TRUE(result.ok());
  const FunctionCode& code = *result.program;
  for (size_t offset = 0; offset < code.code.size();) {
    const bool marked = (code.code[offset] & kStatementBit) != 0;
    EXPECT_EQ(marked, code.IsStatementStart(static_cast<uint32_t>(offset))) << "offset " << offset;
    offset += 1 + static_cast<size_t>(OperandBytes(OpFormat(static_cast<Op>(code.code[offset] & kOpMask))));
  }
  EXPECT_NE(Disassemble(code).find("StoreLocal"), std::string::npos);
}

TEST(Vm, MathRandomIsSeeded) {
  ScriptOptions a, b, c;
  a.vm.random_seed = b.vm.random_seed = 7;
  c.vm.random_seed = 8;
  const char* source = "console.log(Math.random(), Math.random());";
  EXPECT_EQ(RunScript(source, "r.js", a).stdout_text, RunScript(source, "r.js", b).stdout_text);
  EXPECT_NE(RunScript(source, "r.js", a).stdout_text, RunScript(source, "r.js", c).stdout_text);
}

TEST(Vm, SyntaxErrorsPrintAsNodePrintsThem) {
  ScriptResult result = RunScript("let x = 1 +;\n", "bad.js");
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.stderr_text, "bad.js:1\nlet x = 1 +;\n           ^\n\nSyntaxError: Unexpected token ';'\n\n");
}

TEST(Vm, UncaughtErrorsPrintLocationErrorAndStack) {
  ScriptResult result = RunScript("function f(o) {\n  return o.x.y;\n}\nf({});\n", "crash.js");
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.stderr_text,
            "crash.js:2\n  return o.x.y;\n             ^\n\n"
            "TypeError: Cannot read properties of undefined (reading 'y')\n"
            "    at f (crash.js:2:14)\n    at Object.<anonymous> (crash.js:4:1)\n\n");
}

TEST(Vm, ErrorsFromBuiltinsPointAtTheCallInTheProgram) {
  ScriptResult result = RunScript("const list = [];\nconst total = list.reduce((a, b) => a + b);\n", "reduce.js");
  EXPECT_EQ(result.stderr_text,
            "reduce.js:2\nconst total = list.reduce((a, b) => a + b);\n                   ^\n\n"
            "TypeError: Reduce of empty array with no initial value\n    at Object.<anonymous> (reduce.js:2:20)\n\n");
}

TEST(Vm, ConsoleGroupsCountsAndDir) {
  ScriptResult result = RunScript(
      "console.group('A');\nconsole.log('in\\nside');\nconsole.warn('w');\nconsole.groupEnd();\n"
      "console.count(); console.count('x'); console.count();\nconsole.dir('s');\n",
      "console.js");
  EXPECT_EQ(result.stdout_text, "A\n  in\n  side\ndefault: 1\nx: 1\ndefault: 2\n's'\n");
  EXPECT_EQ(result.stderr_text, "  w\n");
}

// The VM knows only the language: without a host, Node's modules and globals do not exist.
TEST(Vm, WithoutAHostThereAreNoHostModules) {
  ScriptResult result = RunScript(
      "try { require('child_process'); } catch (e) { console.log(e.code, e.message); }\n"
      "try { process.exit(0); } catch (e) { console.log(e.name, e.message); }\n"
      "console.log(typeof setTimeout);\n",
      "host.js");
  EXPECT_EQ(result.stdout_text,
            "MODULE_NOT_FOUND Cannot find module 'child_process'\n"
            "ReferenceError process is not defined\n"
            "undefined\n");
}

}  // namespace
}  // namespace th
