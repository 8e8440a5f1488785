#include "ui/task_list.h"

namespace th::ui {

namespace {

// The label as a JavaScript string literal.
std::string Quoted(const std::string& text) {
  std::string quoted = "\"";
  for (const char c : text) {
    if (c == '"' || c == '\\') quoted += '\\';
    if (c == '\n') {
      quoted += "\\n";
      continue;
    }
    quoted += c;
  }
  return quoted + "\"";
}

// Text placed inside a template literal, so that the template cooks back to exactly `text`.
std::string TemplateEscaped(const std::string& text) {
  std::string escaped;
  for (const char c : text) {
    if (c == '\\' || c == '`' || c == '$') escaped += '\\';
    escaped += c;
  }
  return escaped;
}

}  // namespace

const char* TaskKindName(TaskKind kind) {
  switch (kind) {
    case TaskKind::Log: return "log";
    case TaskKind::Work: return "work (busy)";
    case TaskKind::Timeout: return "setTimeout";
    case TaskKind::PromiseThen: return "promise then";
    case TaskKind::Await: return "await";
    case TaskKind::QueueMicrotask: return "queueMicrotask";
    case TaskKind::Worker: return "worker thread";
    case TaskKind::Fork: return "child process";
  }
  return "?";
}

bool TaskKindHasMs(TaskKind kind) { return kind == TaskKind::Work || kind == TaskKind::Timeout; }

std::string GenerateCode(const std::vector<TaskItem>& tasks, trace::Profile profile) {
  const bool page = profile == trace::Profile::Browser;
  bool needs_workers = false, needs_fork = false;
  for (const TaskItem& task : tasks) {
    needs_workers = needs_workers || (task.kind == TaskKind::Worker && !page);
    needs_fork = needs_fork || task.kind == TaskKind::Fork;
  }
  std::string code = "// Generated from the task list: edit the list, and this code follows.\n";
  if (needs_workers) code += "const { Worker } = require(\"worker_threads\");\n";
  if (needs_fork) code += "const { fork } = require(\"child_process\");\n";
  int async_count = 0;
  for (const TaskItem& task : tasks) {
    const std::string label = Quoted(task.label);
    const std::string ms = std::to_string(task.ms);
    switch (task.kind) {
      case TaskKind::Log:
        code += "console.log(" + label + ");\n";
        break;
      case TaskKind::Work:
        code += "work(" + ms + "); // busy: nothing else runs for " + ms + " ms\n";
        break;
      case TaskKind::Timeout:
        code += "setTimeout(() => console.log(" + label + "), " + ms + ");\n";
        break;
      case TaskKind::PromiseThen:
        code += "Promise.resolve().then(() => console.log(" + label + "));\n";
        break;
      case TaskKind::Await: {
        const std::string name = "task" + std::to_string(++async_count);
        code += "async function " + name + "() {\n  await null;\n  console.log(" + label + ");\n}\n" + name + "();\n";
        break;
      }
      case TaskKind::QueueMicrotask:
        code += "queueMicrotask(() => console.log(" + label + "));\n";
        break;
      case TaskKind::Worker:
        if (page) {
          // The worker's name is the label: worker.js sends it back, and the worker ends.
          code += "new Worker(\"worker.js\", { name: " + label + " }).onmessage = (e) => console.log(e.data);\n";
          break;
        }
        code += "new Worker(`" + TemplateEscaped("require(\"worker_threads\").parentPort.postMessage(" + label + ")") +
                "`, { eval: true })\n  .on(\"message\", (msg) => console.log(msg));\n";
        break;
      case TaskKind::Fork:
        code += "fork(\"child.js\", [" + label + "])\n  .on(\"message\", (msg) => console.log(msg));\n";
        break;
    }
  }
  return code;
}

bool NeedsChildFile(const std::vector<TaskItem>& tasks) {
  for (const TaskItem& task : tasks) {
    if (task.kind == TaskKind::Fork) return true;
  }
  return false;
}

std::string ChildCode() {
  return "// child.js: another house next door, with its own memory and event loop.\n"
         "console.log(`Child ${process.pid} received: ${process.argv[2]}`);\n"
         "process.send(`Done: ${process.argv[2]}`);\n";
}

bool NeedsWorkerFile(const std::vector<TaskItem>& tasks, trace::Profile profile) {
  if (profile != trace::Profile::Browser) return false;
  for (const TaskItem& task : tasks) {
    if (task.kind == TaskKind::Worker) return true;
  }
  return false;
}

std::string WebWorkerCode() {
  return "// worker.js: a second chef in the same house, with its own memory and event loop.\n"
         "postMessage(self.name);\n";
}

std::vector<TaskItem> StarterTasks() {
  return {{TaskKind::Log, "Start", 0},
          {TaskKind::Timeout, "Boil water", 0},
          {TaskKind::PromiseThen, "Check mailbox", 0},
          {TaskKind::Log, "End", 0}};
}

}  // namespace th::ui
