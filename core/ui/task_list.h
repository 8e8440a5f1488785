#pragma once
// The task-list editor's model: a program's top level as a list of tasks a learner who does not
// write code can add, remove, reorder and edit. The JavaScript is generated from the list, so
// the run always matches what the list says.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "trace/state.h"

namespace th::ui {

enum class TaskKind {
  Log,             // console.log(label)
  Work,            // work(ms): keep the thread busy, like a function that takes 5 minutes
  Timeout,         // setTimeout(() => console.log(label), ms): a scheduled chore
  PromiseThen,     // Promise.resolve().then(() => console.log(label)): an urgent chore
  Await,           // an async function that awaits, then logs label
  QueueMicrotask,  // queueMicrotask(() => console.log(label))
  Worker,          // a worker thread that logs label and replies (a page: a Web Worker)
  Fork,            // a child process (another house next door) that logs label and replies
};
inline constexpr int kTaskKindCount = 8;

struct TaskItem {
  TaskKind kind = TaskKind::Log;
  std::string label = "Hello";  // what the task prints
  int ms = 0;                   // Work: duration; Timeout: delay; ignored otherwise
};

// The name the editor shows for a kind ("setTimeout").
const char* TaskKindName(TaskKind kind);
// Whether the kind takes a number of milliseconds.
bool TaskKindHasMs(TaskKind kind);

// The JavaScript for the list, one statement (or block) per task, in order, for the host it
// runs on: in Node a worker task is a worker_threads Worker; in a page, a Web Worker started
// from worker.js (a page has no child processes: a fork task stays Node's code).
std::string GenerateCode(const std::vector<TaskItem>& tasks, trace::Profile profile = trace::Profile::Node);
// Whether the list forks a child process, which needs the child's file beside main.js.
bool NeedsChildFile(const std::vector<TaskItem>& tasks);
// The child process's program: it prints what it was asked to and reports back.
std::string ChildCode();
// Whether the list starts a Web Worker (a worker task in a page), which needs worker.js.
bool NeedsWorkerFile(const std::vector<TaskItem>& tasks, trace::Profile profile);
// The Web Worker's program: it sends back the name it was given (the task's label).
std::string WebWorkerCode();

// The task list a program's code says, when the code has the shape GenerateCode gives it
// (whatever its spacing, semicolons and comments), else nothing: the code was written by hand
// in a way the list cannot show. Work tasks come back with an empty label (their code has none).
std::optional<std::vector<TaskItem>> ParseTasks(std::string_view code);
// The same over a program's files: main.js, then child.js exactly as ChildCode() when a task
// forks, then worker.js exactly as WebWorkerCode() when a task starts a Web Worker.
std::optional<std::vector<TaskItem>> ParseTasks(const std::vector<trace::SourceFile>& files);

// A list that shows the seed's "Boil water" lesson, the first thing the editor offers.
std::vector<TaskItem> StarterTasks();

}  // namespace th::ui
