#pragma once
// The program the learner is looking at and editing: its source files and, when it was built
// with the task-list editor, the list of tasks it was generated from. Owned by the App; the
// Code panel edits it. The run shown is computed from a copy, so editing never moves the run.

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "trace/state.h"
#include "ui/task_list.h"

namespace th::ui {

struct Program {
  std::vector<trace::SourceFile> files;
  std::string example_id;      // the example it was loaded from ("" for a program of one's own)
  int active_file = 0;         // the file tab the editor shows
  std::uint64_t load_id = 0;   // new for every program loaded, so the editor never keeps old text
  std::uint64_t revision = 0;  // grows with every edit, so the App can tell a new version
  bool use_task_list = false;  // the Code panel shows the task-list editor instead of the source
  std::vector<TaskItem> tasks; // the task list, when the program was made with it or reads as one
  // The code was edited by hand into a shape the list cannot show: the list stays as it was,
  // read-only, until the learner resets the code to it.
  bool tasks_read_only = false;
  // The host the list writes its code for (the App keeps it as the profile the run uses).
  trace::Profile profile = trace::Profile::Node;

  // Replaces the first file's text with the code the task list generates.
  // The child's file is added when a task forks one, and dropped when none does; so is the
  // Web Worker's.
  void RegenerateFromTasks() {
    files.resize(1);
    files.front().name = "main.js";
    files.front().text = GenerateCode(tasks, profile);
    if (NeedsChildFile(tasks)) files.push_back({"child.js", ChildCode()});
    if (NeedsWorkerFile(tasks, profile)) files.push_back({"worker.js", WebWorkerCode()});
    if (active_file >= static_cast<int>(files.size())) active_file = 0;
    tasks_read_only = false;
    ++revision;
  }

  // After a hand edit (or a load): reads the code back into the list when it has the shape the
  // list generates; otherwise a list there was becomes read-only. Work tasks keep the labels
  // they had (their code has none).
  void SyncTasksFromCode() {
    std::optional<std::vector<TaskItem>> parsed = ParseTasks(files);
    if (!parsed) {
      tasks_read_only = !tasks.empty();
      return;
    }
    for (std::size_t i = 0; i < parsed->size(); ++i) {
      TaskItem& task = (*parsed)[i];
      if (task.kind != TaskKind::Work) continue;
      task.label = i < tasks.size() && tasks[i].kind == TaskKind::Work ? tasks[i].label : "Busy";
    }
    tasks = std::move(*parsed);
    tasks_read_only = false;
  }
};

}  // namespace th::ui
