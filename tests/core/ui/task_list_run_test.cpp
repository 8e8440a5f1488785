// The task-list editor's code, run by the engine: every kind of task generates a program that
// runs to its end (no stall: nothing is left listening) and prints what the list says, in the
// order the event loop gives. The orders were checked against node 20 for the Node profile
// (work(ms) replaced by a busy wait; node's pid differs from the simulated 4243).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "agents/program_run.h"
#include "ui/program.h"
#include "ui/task_list.h"

namespace th::ui {
namespace {

struct TaskRun {
  std::string out;
  std::string err;
  int code = 0;
  std::string stall;
  std::string source;  // main.js, for the failure message
};

class Capture final : public runtime::OutputListener {
 public:
  explicit Capture(TaskRun& run) : m_run(run) {}
  void Write(bool is_error, std::string_view text) override { (is_error ? m_run.err : m_run.out).append(text); }

 private:
  TaskRun& m_run;
};

// The files exactly as the editor makes them (main.js, child.js when a task forks, worker.js when
// a page starts a Web Worker).
TaskRun RunTasks(const std::vector<TaskItem>& tasks, trace::Profile profile = trace::Profile::Node) {
  Program program;
  program.tasks = tasks;
  program.profile = profile;
  program.RegenerateFromTasks();
  TaskRun result;
  result.source = program.files.front().text;
  runtime::RunOptions options;
  options.profile = profile;
  options.instruction_limit = 10'000'000;  // a generated program is short: a loop would be a bug
  Capture output(result);
  agents::ProgramRun run(program.files, options, nullptr, &output);
  if (run.Start()) run.RunToEnd();
  result.code = run.ExitCode();
  result.stall = run.StallReason();
  return result;
}

// One task of `kind` between two logs, so where it prints shows whether it is synchronous.
std::vector<TaskItem> Between(TaskKind kind, const std::string& label, int ms = 5) {
  return {{TaskKind::Log, "Start", 0}, {kind, label, ms}, {TaskKind::Log, "End", 0}};
}

void ExpectRunsToTheEnd(const TaskRun& run, const std::string& out) {
  EXPECT_EQ(run.out, out) << run.source;
  EXPECT_EQ(run.err, "") << run.source;
  EXPECT_EQ(run.code, 0) << run.source;
  EXPECT_EQ(run.stall, "") << run.source;
}

struct KindCase {
  TaskKind kind;
  const char* label;
  const char* out;  // what the run prints with the task between "Start" and "End"
};

// Each kind on its own, in both profiles where the kind exists there.
const KindCase kNodeCases[] = {
    {TaskKind::Log, "Hello", "Start\nHello\nEnd\n"},
    {TaskKind::Work, "Chop onions", "Start\nEnd\n"},
    {TaskKind::Timeout, "Boil water", "Start\nEnd\nBoil water\n"},
    {TaskKind::PromiseThen, "Check mailbox", "Start\nEnd\nCheck mailbox\n"},
    {TaskKind::Await, "Taste the soup", "Start\nEnd\nTaste the soup\n"},
    {TaskKind::QueueMicrotask, "Wipe the table", "Start\nEnd\nWipe the table\n"},
    {TaskKind::Worker, "Second chef", "Start\nEnd\nSecond chef\n"},
    {TaskKind::Fork, "Neighbour", "Start\nEnd\nChild 4243 received: Neighbour\nDone: Neighbour\n"},
};

TEST(TaskListRun, EveryKindRunsToItsEndInNode) {
  ASSERT_EQ(std::size(kNodeCases), static_cast<std::size_t>(kTaskKindCount));
  for (const KindCase& c : kNodeCases) {
    SCOPED_TRACE(TaskKindName(c.kind));
    ExpectRunsToTheEnd(RunTasks(Between(c.kind, c.label)), c.out);
  }
}

// A web page has no child processes; its worker task is a Web Worker (worker.js sends back its
// name), and every kind prints what it prints in Node.
TEST(TaskListRun, TheKindsAPageHasRunToTheirEndInTheBrowser) {
  for (const KindCase& c : kNodeCases) {
    if (c.kind == TaskKind::Fork) continue;
    SCOPED_TRACE(TaskKindName(c.kind));
    ExpectRunsToTheEnd(RunTasks(Between(c.kind, c.label), trace::Profile::Browser), c.out);
  }
}

// Every kind in one list: the order node 20 printed for the same code.
TEST(TaskListRun, AllKindsTogetherKeepNodesOrder) {
  std::vector<TaskItem> tasks = {{TaskKind::Log, "Start", 0},
                                 {TaskKind::Work, "Busy", 5},
                                 {TaskKind::Timeout, "Boil water", 5},
                                 {TaskKind::PromiseThen, "Check mailbox", 0},
                                 {TaskKind::Await, "Await me", 0},
                                 {TaskKind::QueueMicrotask, "Micro", 0},
                                 {TaskKind::Worker, "Chef", 0},
                                 {TaskKind::Fork, "Neighbour", 0}};
  ExpectRunsToTheEnd(RunTasks(tasks), "Start\nCheck mailbox\nAwait me\nMicro\nBoil water\nChef\n"
                                      "Child 4243 received: Neighbour\nDone: Neighbour\n");
}

// A label is printed as typed, whatever characters it has: quotes, a backslash, a backtick, "${",
// a newline (the worker's code is a template literal; the child gets the label as an argument).
TEST(TaskListRun, LabelsArePrintedAsTyped) {
  const std::string label = "say \"hi\" 'there' a\\b `tick` ${x}\nnext line";
  for (const KindCase& c : kNodeCases) {
    if (c.kind == TaskKind::Work) continue;  // prints nothing
    SCOPED_TRACE(TaskKindName(c.kind));
    const TaskRun run = RunTasks({{c.kind, label, 1}});
    const std::string expected =
        c.kind == TaskKind::Fork ? "Child 4243 received: " + label + "\nDone: " + label + "\n" : label + "\n";
    ExpectRunsToTheEnd(run, expected);
  }
}

TEST(TaskListRun, APagesWebWorkersEachSayTheirLabel) {
  const TaskRun run = RunTasks({{TaskKind::Worker, "first chef", 0},
                                {TaskKind::Worker, "say \"hi\" `tick` ${x}", 0},
                                {TaskKind::Log, "page", 0}},
                               trace::Profile::Browser);
  ExpectRunsToTheEnd(run, "page\nfirst chef\nsay \"hi\" `tick` ${x}\n");
}

// Several workers and children at once: each ends after its one message, so the run still ends.
TEST(TaskListRun, ManyWorkersAndChildrenStillEnd) {
  std::vector<TaskItem> tasks;
  for (int i = 1; i <= 3; ++i) {
    tasks.push_back({TaskKind::Worker, "chef " + std::to_string(i), 0});
    tasks.push_back({TaskKind::Fork, "house " + std::to_string(i), 0});
  }
  const TaskRun run = RunTasks(tasks);
  EXPECT_EQ(run.stall, "") << run.source;
  EXPECT_EQ(run.code, 0);
  EXPECT_EQ(run.err, "");
  for (const char* line : {"chef 1\n", "chef 2\n", "chef 3\n", "Done: house 1\n", "Done: house 2\n", "Done: house 3\n"}) {
    EXPECT_NE(run.out.find(line), std::string::npos) << line << " missing from:\n" << run.out;
  }
}

}  // namespace
}  // namespace th::ui
