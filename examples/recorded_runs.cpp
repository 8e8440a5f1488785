#include "examples/recorded_runs.h"

#include "examples/catalog.h"
#include "examples/run_builder.h"

namespace th::examples {

namespace {

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
