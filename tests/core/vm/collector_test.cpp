// The collector: unreachable objects are freed, rooted ones are kept, and the stress mode
// (a collection at every allocation) runs real programs correctly.
#include <gtest/gtest.h>

#include "vm/script_runner.h"
#include "vm/vm.h"

namespace th {
namespace {

class NullSink final : public OutputSink {
 public:
  void Write(OutputStream, std::string_view text) override { written += text; }
  std::string written;
};

TEST(Collector, FreesGarbageAndKeepsRoots) {
  NullSink sink;
  Vm vm(VmOptions{}, &sink);
  vm.heap().Collect();
  size_t baseline = vm.heap().object_count();
  JsObject* kept = vm.NewObject();
  TempRoot root(vm, kept);
  for (int i = 0; i < 1000; ++i) vm.NewArray();  // garbage
  EXPECT_GE(vm.heap().object_count(), baseline + 1000);
  vm.heap().Collect();
  EXPECT_EQ(vm.heap().object_count(), baseline + 1);
  // The rooted object is still usable.
  vm.DefineOwn(kept, vm.Intern("alive"), Value::Bool(true));
  EXPECT_TRUE(vm.Get(Value::Object(kept), vm.Intern("alive")).boolean);
}

TEST(Collector, ProgramGarbageIsReclaimed) {
  NullSink sink;
  Vm vm(VmOptions{}, &sink);
  Diagnostic error;
  ASSERT_TRUE(vm.Load("globalThis.keep = { a: [1, 2, 3] };\n"
                      "for (let i = 0; i < 10000; i++) { const tmp = { i, list: [i, i] }; }\n",
                      "gc.js", &error));
  EXPECT_EQ(vm.Step(0), RunStatus::Done);
  vm.heap().Collect();
  size_t after = vm.heap().object_count();
  vm.heap().Collect();
  EXPECT_EQ(vm.heap().object_count(), after);  // stable: nothing else is freed
  EXPECT_GT(vm.heap().stats().freed_total, 20000u);
  Value keep = vm.Get(Value::Object(vm.realm().global), vm.Intern("keep"));
  ASSERT_TRUE(keep.IsObject());
  EXPECT_TRUE(Vm::IsArray(vm.Get(keep, vm.Intern("a"))));
}

TEST(Collector, WeakInternTableDropsDeadStrings) {
  NullSink sink;
  Vm vm(VmOptions{}, &sink);
  vm.Intern("a-string-nobody-holds");
  EXPECT_NE(vm.heap().FindInterned("a-string-nobody-holds"), nullptr);
  vm.heap().Collect();
  EXPECT_EQ(vm.heap().FindInterned("a-string-nobody-holds"), nullptr);
}

TEST(Collector, PinnedObjectsLiveAsLongAsTheVm) {
  NullSink sink;
  Vm vm(VmOptions{}, &sink);
  HeapString* key = vm.Intern("a-key-only-the-host-holds");
  vm.Pin(key);
  vm.heap().Collect();
  EXPECT_EQ(vm.heap().FindInterned("a-key-only-the-host-holds"), key);
}

// Verify mode (GC stress): a swept object is poisoned, not freed, so a pointer the collector did
// not know about is caught the next time it is marked, with a message, in any build.
TEST(CollectorDeathTest, StressModeCatchesAPointerItDidNotKnowAbout) {
  NullSink sink;
  VmOptions options;
  options.gc_stress = true;
  Vm vm(options, &sink);
  EXPECT_DEATH(
      {
        HeapString* forgotten = vm.NewString("held only in C++");
        vm.heap().Collect();  // swept: nothing marked it
        JsObject* holder = vm.NewObject();
        TempRoot keep(vm, holder);
        vm.DefineOwn(holder, vm.Intern("dangling"), Value::String(forgotten));
        vm.heap().Collect();
      },
      "reached an object it had already freed");
}

TEST(Collector, GrowthInsideObjectsIsCharged) {
  NullSink sink;
  Vm vm(VmOptions{}, &sink);
  vm.heap().Collect();
  JsArray* array = vm.NewArray();
  TempRoot keep(vm, array);
  const size_t before = vm.heap().account()->grown();
  for (int i = 0; i < 100000; ++i) array->items().push_back(Value::Number(i));
  EXPECT_GE(vm.heap().account()->grown() - before, 100000 * sizeof(Value));
  vm.heap().Collect();
  EXPECT_GE(vm.heap().stats().bytes, 100000 * sizeof(Value));
}

TEST(Collector, StressModeRunsClosuresPromisesAndAsync) {
  ScriptOptions options;
  options.vm.gc_stress = true;
  ScriptResult result = RunScript(
      "const make = (n) => () => n * 2;\n"
      "const fs = [1, 2, 3].map(make);\n"
      "async function f(x) { await null; return { x, list: fs.map((g) => g()) }; }\n"
      "f(5).then((v) => console.log(JSON.stringify(v)));\n"
      "console.log([...'abc'].join('-'), { ...{ a: 1 }, b: [2] });\n",
      "stress.js", options);
  EXPECT_EQ(result.stderr_text, "");
  EXPECT_EQ(result.stdout_text, "a-b-c { a: 1, b: [ 2 ] }\n{\"x\":5,\"list\":[2,4,6]}\n");
}

TEST(Collector, StressModeReportsUnhandledRejections) {
  ScriptOptions options;
  options.vm.gc_stress = true;
  ScriptResult result = RunScript("const p = Promise.reject(new Error('lost'));\n", "reject.js", options);
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.stderr_text.find("Error: lost"), std::string::npos) << result.stderr_text;
}

}  // namespace
}  // namespace th
