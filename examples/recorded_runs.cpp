#include "examples/recorded_runs.h"

#include "examples/catalog.h"
#include "examples/run_builder.h"

namespace th::examples {

namespace {

const char* const kFulfilled = "Promise.resolve() is already fulfilled, so .then queues its callback at once";

std::unique_ptr<trace::Trace> BoilWater(RunBuilder run) {
  const std::string boil = "() => console.log(\"Boil water\")";
  const std::string mailbox = "() => console.log(\"Check mailbox\")";
  return run.Start().Line(3).Log("Start")
      .Line(5).Timer(1, boil, 0)
      .Line(7).Microtask(2, mailbox, kFulfilled)
      .Line(9).Log("End").End()
      .RunMicrotask(2).Call("(anonymous)", 7).Line(7).Log("Check mailbox").Return().EndMicrotask(2)
      .Fire(1, 3, boil, "setTimeout(…, 0) on line 5 is due (0 ms counts as 1 ms)")
      .RunTask(3).Call("(anonymous)", 5).Line(5).Log("Boil water").Return().EndTask(3)
      .Build();
}

std::unique_ptr<trace::Trace> AfterAwait(RunBuilder run) {
  return run.Start().Line(9).Call("doTasks", 2).Line(3).Log("Start")
      .Line(5).Microtask(1, "resume doTasks after await", "await on a fulfilled promise resumes in one microtask")
      .Suspend("doTasks")
      .Line(10).Log("End").End()
      .RunMicrotask(1).Resume("doTasks", 5).Line(7).Log("After await").Return().EndMicrotask(1)
      .Build();
}

std::unique_ptr<trace::Trace> OneChef(RunBuilder run) {
  const std::string dish1 = "() => { console.log(\"Chef is cooking dish 1...\") }";
  const std::string dish2 = "() => { console.log(\"Chef is cooking dish 2...\") }";
  return run.Start().Line(2).Log("Restaurant is opening...")
      .Line(4).Timer(1, dish1, 2000)
      .Line(8).Timer(2, dish2, 1000)
      .Line(12).Log("Chef is preparing orders...").End()
      .Fire(2, 3, dish2, "the 1000 ms timer set on line 8 is due")
      .RunTask(3).Call("(anonymous)", 8).Line(9).Log("Chef is cooking dish 2...").Return().EndTask(3)
      .Fire(1, 4, dish1, "the 2000 ms timer set on line 4 is due")
      .RunTask(4).Call("(anonymous)", 4).Line(5).Log("Chef is cooking dish 1...").Return().EndTask(4)
      .Build();
}

std::unique_ptr<trace::Trace> TwoTasks(RunBuilder run) {
  const std::string task1 = "() => console.log(\"Task 1\")";
  const std::string task2 = "() => console.log(\"Task 2\")";
  return run.Start().Line(2).Timer(1, task1, 1000)
      .Line(3).Timer(2, task2, 500)
      .Line(5).Log("Main thread running tasks...").End()
      .Fire(2, 3, task2, "the 500 ms timer set on line 3 is due")
      .RunTask(3).Call("(anonymous)", 3).Line(3).Log("Task 2").Return().EndTask(3)
      .Fire(1, 4, task1, "the 1000 ms timer set on line 2 is due")
      .RunTask(4).Call("(anonymous)", 2).Line(2).Log("Task 1").Return().EndTask(4)
      .Build();
}

std::unique_ptr<trace::Trace> FiveMinuteFunction(RunBuilder run) {
  return run.Start().Line(13).Call("func1", 3).Line(4).Log("func1 done").Return()
      .Line(14).Call("func2", 6).Line(7).Work(300).Line(8).Log("func2 done, 300 ms later").Return()
      .Line(15).Call("func3", 10).Line(11).Log("func3 done").Return().End()
      .Build();
}

std::unique_ptr<trace::Trace> FiveMinuteAsync(RunBuilder run) {
  const std::string timer = "() => { console.log(\"func2 done, 300 ms later\"); resolve(); }";
  return run.Start().Line(17).Call("func1", 3).Line(4).Log("func1 done").Return()
      .Line(18).Call("func2", 6).Line(7).Call("(promise executor)", 7).Line(8).Timer(1, timer, 300)
      .Return().Return()
      .Line(19).Call("func3", 14).Line(15).Log("func3 done").Return().End()
      .Fire(1, 2, timer, "the 300 ms timer set on line 8 is due")
      .RunTask(2).Call("(anonymous)", 8).Line(9).Log("func2 done, 300 ms later")
      .Line(10).Microtask(3, "() => console.log(\"after func2\")", "resolve() on line 10 fulfilled func2's promise")
      .Return().EndTask(2)
      .RunMicrotask(3).Call("(anonymous)", 18).Line(18).Log("after func2").Return().EndMicrotask(3)
      .Build();
}

std::unique_ptr<trace::Trace> Async1Puzzle(RunBuilder run) {
  const std::string timeout = "function () { console.log(\"setTimeout\") }";
  const std::string then = "function () { console.log(\"promise2\") }";
  return run.Start().Line(10).Log("script start")
      .Line(11).Timer(1, timeout, 0)
      .Line(14).Call("async1", 2).Line(3).Log("async1 start")
      .Line(4).Call("async2", 7).Line(8).Log("async2").Return()
      .Microtask(2, "resume async1 after await", "async2() returned a fulfilled promise: await resumes in one microtask")
      .Suspend("async1")
      .Line(15).Call("(promise executor)", 15).Line(16).Log("promise1").Line(17).Return()
      .Line(18).Microtask(3, then, "the promise was resolved on line 17, so .then queues its callback at once")
      .Line(21).Log("script end").End()
      .RunMicrotask(2).Resume("async1", 4).Line(5).Log("async1 end").Return().EndMicrotask(2)
      .RunMicrotask(3).Call("(anonymous)", 18).Line(19).Log("promise2").Return().EndMicrotask(3)
      .Fire(1, 4, timeout, "setTimeout(…, 0) on line 11 is due (0 ms counts as 1 ms)")
      .RunTask(4).Call("(anonymous)", 11).Line(12).Log("setTimeout").Return().EndTask(4)
      .Build();
}

std::unique_ptr<trace::Trace> NextTickPuzzle(RunBuilder run) {
  const std::string immediate = "() => console.log(\"immediate\")";
  return run.Start().Line(3).Enqueue(1, immediate, "setImmediate on line 3: it runs in the check phase", 3)
      .Line(4).Microtask(2, "() => console.log(\"promise 1\")", kFulfilled)
      .Line(5).Microtask(3, "() => console.log(\"nextTick 1\")", "process.nextTick on line 5", true)
      .Line(6).Microtask(4, "() => { console.log(\"promise 2\"); … }", kFulfilled)
      .Line(10).Log("sync").End()
      .RunMicrotask(3, true).Call("(anonymous)", 5).Line(5).Log("nextTick 1").Return().EndMicrotask(3)
      .RunMicrotask(2).Call("(anonymous)", 4).Line(4).Log("promise 1").Return().EndMicrotask(2)
      .RunMicrotask(4).Call("(anonymous)", 6).Line(7).Log("promise 2")
      .Line(8).Microtask(5, "() => console.log(\"nextTick inside promise 2\")", "process.nextTick on line 8, inside a promise callback", true)
      .Return().EndMicrotask(4)
      .RunMicrotask(5, true).Call("(anonymous)", 8).Line(8).Log("nextTick inside promise 2").Return().EndMicrotask(5)
      .Phase(3).RunTask(1, 3).Call("(anonymous)", 3).Line(3).Log("immediate").Return().EndTask(1)
      .Build();
}

std::unique_ptr<trace::Trace> TimersAndMicrotasks(RunBuilder run) {
  const std::string first = "() => { console.log(\"timeout 1\"); … }";
  const std::string second = "() => console.log(\"timeout 2\")";
  return run.Start().Line(2).Timer(1, first, 0)
      .Line(6).Timer(2, second, 0)
      .Line(7).Log("both timers are set").End()
      .Fire(1, 3, first, "setTimeout(…, 0) on line 2 is due")
      .Fire(2, 4, second, "setTimeout(…, 0) on line 6 is due")
      .RunTask(3).Call("(anonymous)", 2).Line(3).Log("timeout 1")
      .Line(4).Microtask(5, "() => console.log(\"promise inside timeout 1\")", kFulfilled)
      .Return().EndTask(3)
      .RunMicrotask(5).Call("(anonymous)", 4).Line(4).Log("promise inside timeout 1").Return().EndMicrotask(5)
      .RunTask(4).Call("(anonymous)", 6).Line(6).Log("timeout 2").Return().EndTask(4)
      .Build();
}

std::unique_ptr<trace::Trace> WorkerMessage(RunBuilder run) {
  const std::string on_main = "(msg) => { console.log(`Message from worker: ${msg}`) }";
  const std::string on_worker = "(msg) => { console.log(`Worker received: ${msg}`); … }";
  run.On(0).Start().Line(3).Line(5).Line(7).Log("Main thread: Spawning a worker...")
      .Line(9).Spawn(1, "worker 1", 4242, false)
      .Line(10).Line(13).Send(1, "\"Start processing!\"").End();
  // The worker starts on its own thread and re-runs the file, with isMainThread false.
  run.Wait(0.05).On(1).Start().Line(3).Line(5).Line(16).End()
      .Receive(0, "\"Start processing!\"")
      .Enqueue(10, on_worker, "a message from the main thread arrived", 2)
      .RunTask(10, 2).Call("(anonymous)", 16).Line(17).Log("Worker received: Start processing!")
      .Line(18).Send(0, "\"Processing complete!\"").Return().EndTask(10);
  run.Wait(0.01).On(0).Receive(1, "\"Processing complete!\"")
      .Enqueue(11, on_main, "a message from worker 1 arrived", 2)
      .RunTask(11, 2).Call("(anonymous)", 10).Line(11).Log("Message from worker: Processing complete!")
      .Return().EndTask(11);
  return run.Build();
}

std::unique_ptr<trace::Trace> ParentProcess(RunBuilder run) {
  const std::string on_parent = "(msg) => { console.log(`Parent received message: ${msg}`) }";
  const std::string on_child = "(msg) => { console.log(`Child received: ${msg}`); … }";
  run.On(0).Start(0).Line(2).Line(3).Spawn(1, "child 4243", 4243, true)
      .Line(5).Line(9).Send(1, "\"Start cooking!\"").End();
  run.Wait(0.2).On(1).Start(1).Line(2, 1).End()
      .Receive(0, "\"Start cooking!\"")
      .Enqueue(10, on_child, "a message from the parent process arrived", 2)
      .RunTask(10, 2).Call("(anonymous)", 2, 1).Line(3, 1).Log("Child received: Start cooking!")
      .Line(4, 1).Send(0, "\"Cooking complete!\"").Return().EndTask(10);
  run.Wait(0.02).On(0).Receive(1, "\"Cooking complete!\"")
      .Enqueue(11, on_parent, "a message from child 4243 arrived", 2)
      .RunTask(11, 2).Call("(anonymous)", 5).Line(6).Log("Parent received message: Cooking complete!")
      .Return().EndTask(11);
  return run.Build();
}

std::unique_ptr<trace::Trace> ForkHeavyTask(RunBuilder run) {
  const std::string on_parent = "(msg) => { console.log(`Message from child process: ${msg}`) }";
  const std::string on_child = "(msg) => { console.log(`Child ${process.pid} got: ${msg}`); … }";
  run.On(0).Start(0).Line(3).Line(5).Spawn(1, "child 4243", 4243, true)
      .Line(7).Line(11).Send(1, "\"Start heavy task\"").End();
  run.Wait(0.2).On(1).Start(1).Line(2, 1).End()
      .Receive(0, "\"Start heavy task\"")
      .Enqueue(10, on_child, "a message from the parent process arrived", 2)
      .RunTask(10, 2).Call("(anonymous)", 2, 1).Line(3, 1).Log("Child 4243 got: Start heavy task")
      .Line(4, 1).Work(500).Line(5, 1).Send(0, "\"Heavy task done\"").Line(6, 1).Exit(0);
  run.Wait(0.02).On(0).Receive(1, "\"Heavy task done\"")
      .Enqueue(11, on_parent, "a message from child 4243 arrived", 2)
      .RunTask(11, 2).Call("(anonymous)", 7).Line(8).Log("Message from child process: Heavy task done")
      .Return().EndTask(11);
  return run.Build();
}

using Recorder = std::unique_ptr<trace::Trace> (*)(RunBuilder);

struct Recording {
  const char* example_id;
  Recorder record;
};

constexpr Recording kRecordings[] = {
    {"boil_water", BoilWater},
    {"after_await", AfterAwait},
    {"one_chef", OneChef},
    {"two_tasks", TwoTasks},
    {"five_minute_function", FiveMinuteFunction},
    {"five_minute_async", FiveMinuteAsync},
    {"async1_puzzle", Async1Puzzle},
    {"next_tick_puzzle", NextTickPuzzle},
    {"timers_and_microtasks", TimersAndMicrotasks},
    {"worker_message", WorkerMessage},
    {"parent_process", ParentProcess},
    {"fork_heavy_task", ForkHeavyTask},
};

}  // namespace

std::unique_ptr<trace::Trace> RecordedRun(const std::string& example_id) {
  const Example* example = FindExample(example_id);
  if (!example) return nullptr;
  for (const Recording& recording : kRecordings) {
    if (example_id == recording.example_id) return recording.record(RunBuilder(example->files));
  }
  return nullptr;
}

std::unique_ptr<trace::Trace> RecordedRunFor(const std::vector<session::SourceFile>& files) {
  for (const Example& example : BuiltinExamples()) {
    if (example.files.size() != files.size()) continue;
    bool same = true;
    for (std::size_t i = 0; i < files.size() && same; ++i) {
      same = example.files[i].name == files[i].name && example.files[i].text == files[i].text;
    }
    if (same) return RecordedRun(example.id);
  }
  return nullptr;
}

}  // namespace th::examples
