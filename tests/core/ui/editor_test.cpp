// The editor's pieces: syntax colouring, the task list and the code it generates.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "headless_imgui.h"
#include "ui/syntax.h"
#include "ui/program.h"
#include "ui/task_list.h"

namespace th::ui {
namespace {

std::vector<std::pair<std::string, TokenKind>> Coloured(std::string_view line, LineState state = LineState::Normal) {
  std::vector<Token> tokens;
  TokenizeLine(line, state, tokens);
  std::vector<std::pair<std::string, TokenKind>> out;
  for (const Token& token : tokens) {
    if (token.kind != TokenKind::Text) out.emplace_back(std::string(line.substr(token.begin, token.end - token.begin)), token.kind);
  }
  return out;
}

TEST(Syntax, KeywordsStringsNumbersAndComments) {
  using K = TokenKind;
  EXPECT_EQ(Coloured("const x = 42; // answer"),
            (std::vector<std::pair<std::string, TokenKind>>{{"const", K::Keyword}, {"42", K::Number}, {"// answer", K::Comment}}));
  EXPECT_EQ(Coloured("setTimeout(() => console.log(\"Boil water\"), 0);"),
            (std::vector<std::pair<std::string, TokenKind>>{
                {"setTimeout", K::Builtin}, {"console", K::Builtin}, {"\"Boil water\"", K::String}, {"0", K::Number}}));
  // A property named like a keyword is just a name.
  EXPECT_EQ(Coloured("promise.then(x).new"), (std::vector<std::pair<std::string, TokenKind>>{}));
}

TEST(Syntax, RegexLiteralsColourAsStringsAndDivisionDoesNot) {
  using K = TokenKind;
  using Pieces = std::vector<std::pair<std::string, TokenKind>>;
  EXPECT_EQ(Coloured("s.split(/[/']+/g)"), (Pieces{{"/[/']+/g", K::String}}));
  EXPECT_EQ(Coloured("return /a/.test(x)"), (Pieces{{"return", K::Keyword}, {"/a/", K::String}}));
  EXPECT_EQ(Coloured("a / b / 2"), (Pieces{{"2", K::Number}}));
  EXPECT_EQ(Coloured("f(x) / 4 / y"), (Pieces{{"4", K::Number}}));
}

TEST(Syntax, CommentsAndTemplatesCarryOverLines) {
  std::vector<Token> tokens;
  EXPECT_EQ(TokenizeLine("a /* open", LineState::Normal, tokens), LineState::BlockComment);
  EXPECT_EQ(TokenizeLine("still */ b", LineState::BlockComment, tokens), LineState::Normal);
  EXPECT_EQ(TokenizeLine("const s = `one", LineState::Normal, tokens), LineState::Template);
  EXPECT_EQ(TokenizeLine("two` + 1", LineState::Template, tokens), LineState::Normal);
  // Tokens tile the line, so the editor draws every character once.
  tokens.clear();
  const std::string_view line = "if (a) { b(\"x\", 1e3); } /* c */";
  TokenizeLine(line, LineState::Normal, tokens);
  std::uint32_t at = 0;
  for (const Token& token : tokens) {
    EXPECT_EQ(token.begin, at);
    at = token.end;
  }
  EXPECT_EQ(at, line.size());
}

TEST(TaskList, GeneratesTheBoilWaterLesson) {
  const std::string code = GenerateCode(StarterTasks());
  EXPECT_NE(code.find("console.log(\"Start\");"), std::string::npos);
  EXPECT_NE(code.find("setTimeout(() => console.log(\"Boil water\"), 0);"), std::string::npos);
  EXPECT_NE(code.find("Promise.resolve().then(() => console.log(\"Check mailbox\"));"), std::string::npos);
  EXPECT_LT(code.find("Start"), code.find("Boil water"));
}

// In a page the worker task is a Web Worker: its file is worker.js, and the code reads back as the
// same list only with that file exactly as the list writes it.
TEST(TaskList, APagesWorkerTaskIsAWebWorkerAndReadsBack) {
  Program program;
  program.profile = trace::Profile::Browser;
  program.tasks = {{TaskKind::Log, "Start", 0}, {TaskKind::Worker, "Second chef", 0}, {TaskKind::Fork, "Neighbour", 0}};
  program.RegenerateFromTasks();
  ASSERT_EQ(program.files.size(), 3u);
  EXPECT_EQ(program.files[1].name, "child.js");
  EXPECT_EQ(program.files[2].name, "worker.js");
  EXPECT_EQ(program.files[2].text, WebWorkerCode());
  EXPECT_NE(program.files[0].text.find("new Worker(\"worker.js\", { name: \"Second chef\" })"), std::string::npos);
  EXPECT_EQ(program.files[0].text.find("worker_threads"), std::string::npos);
  const std::optional<std::vector<TaskItem>> parsed = ParseTasks(program.files);
  ASSERT_TRUE(parsed.has_value()) << program.files[0].text;
  ASSERT_EQ(parsed->size(), 3u);
  EXPECT_EQ((*parsed)[1].kind, TaskKind::Worker);
  EXPECT_EQ((*parsed)[1].label, "Second chef");
  // worker.js edited by hand, or missing: the list no longer owns the program.
  std::vector<trace::SourceFile> edited = program.files;
  edited[2].text += "console.log('more');\n";
  EXPECT_FALSE(ParseTasks(edited).has_value());
  edited.pop_back();
  EXPECT_FALSE(ParseTasks(edited).has_value());
  // The same list for Node has no worker.js.
  program.profile = trace::Profile::Node;
  program.RegenerateFromTasks();
  EXPECT_EQ(program.files.size(), 2u);
  EXPECT_TRUE(ParseTasks(program.files).has_value());
}

TEST(TaskList, EveryKindGeneratesCodeAndQuotesLabels) {
  std::vector<TaskItem> tasks;
  for (int k = 0; k < kTaskKindCount; ++k) tasks.push_back({static_cast<TaskKind>(k), "say \"hi\"", 5});
  const std::string code = GenerateCode(tasks);
  EXPECT_NE(code.find("work(5)"), std::string::npos);
  EXPECT_NE(code.find("await"), std::string::npos);
  EXPECT_NE(code.find("queueMicrotask"), std::string::npos);
  EXPECT_NE(code.find("require(\"worker_threads\")"), std::string::npos);
  EXPECT_NE(code.find("fork(\"child.js\""), std::string::npos);
  EXPECT_NE(code.find("\"say \\\"hi\\\"\""), std::string::npos) << "labels are escaped";
  EXPECT_TRUE(NeedsChildFile(tasks));
  Program program;
  program.tasks = tasks;
  program.RegenerateFromTasks();
  ASSERT_EQ(program.files.size(), 2u);
  EXPECT_EQ(program.files[1].name, "child.js");
  program.tasks.pop_back();  // no fork: the child's file goes
  program.RegenerateFromTasks();
  EXPECT_EQ(program.files.size(), 1u);
}

bool SameTasks(const std::vector<TaskItem>& a, const std::vector<TaskItem>& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (a[i].kind != b[i].kind) return false;
    if (TaskKindHasMs(a[i].kind) && a[i].ms != b[i].ms) return false;
    if (a[i].kind != TaskKind::Work && a[i].label != b[i].label) return false;  // work() has no label in code
  }
  return true;
}

// The round trip: the code a list generates reads back as the same list, for every kind and for
// labels that need escaping.
TEST(TaskListParser, ReadsBackWhatTheGeneratorWrites) {
  std::vector<TaskItem> tasks;
  const char* labels[] = {"Boil water", "say \"hi\"", "back\\slash", "two\nlines", "caf\xc3\xa9 \xe2\x98\x95", "",
                          "back`tick", "${not} a $ubstitution", "end\\"};
  int n = 0;
  for (int k = 0; k < kTaskKindCount; ++k) {
    for (const char* label : labels) tasks.push_back({static_cast<TaskKind>(k), label, 25 * (++n)});
  }
  const std::optional<std::vector<TaskItem>> parsed = ParseTasks(GenerateCode(tasks));
  ASSERT_TRUE(parsed.has_value()) << GenerateCode(tasks);
  EXPECT_TRUE(SameTasks(*parsed, tasks));
  // And the files of a program: the fork needs child.js exactly as the list writes it.
  Program program;
  program.tasks = tasks;
  program.RegenerateFromTasks();
  const auto from_files = ParseTasks(program.files);
  ASSERT_TRUE(from_files.has_value());
  EXPECT_TRUE(SameTasks(*from_files, tasks));
  program.files[1].text += "console.log(\"edited\");\n";
  EXPECT_FALSE(ParseTasks(program.files).has_value()) << "an edited child.js is not the list's";
  EXPECT_TRUE(ParseTasks(std::string_view("")).has_value());
  EXPECT_TRUE(ParseTasks(std::string_view(""))->empty());
}

TEST(TaskListGenerator, AWorkersLabelSurvivesTheTemplateLiteralItIsEvaluatedFrom) {
  // The worker's code is a template literal holding a string literal: the template must cook
  // back to the string literal exactly, so backslashes, backticks and "${" are escaped twice.
  const std::string code = GenerateCode({{TaskKind::Worker, "a\\b\nc`${d}", 0}});
  EXPECT_NE(code.find("new Worker(`require(\"worker_threads\").parentPort.postMessage(\"a\\\\\\\\b\\\\nc\\`\\${d}\")`"),
            std::string::npos)
      << code;
}

TEST(TaskListParser, AcceptsTheListsShapeWrittenByHand) {
  // Other spacing, single quotes, no semicolons, comments, another async function name.
  const char* code =
      "// my lesson\n"
      "console.log('Start')\n"
      "setTimeout( () =>console.log(\"Boil water\") ,0 ) ;\n"
      "/* urgent */ Promise.resolve().then(() => console.log(\"Check mailbox\"));\n"
      "async function later() { await null; console.log(\"After\") }\n"
      "later();\n"
      "work(250)\n"
      ";;\n";
  const auto parsed = ParseTasks(std::string_view(code));
  ASSERT_TRUE(parsed.has_value());
  ASSERT_EQ(parsed->size(), 5u);
  EXPECT_EQ((*parsed)[0].kind, TaskKind::Log);
  EXPECT_EQ((*parsed)[0].label, "Start");
  EXPECT_EQ((*parsed)[1].kind, TaskKind::Timeout);
  EXPECT_EQ((*parsed)[1].ms, 0);
  EXPECT_EQ((*parsed)[2].kind, TaskKind::PromiseThen);
  EXPECT_EQ((*parsed)[3].kind, TaskKind::Await);
  EXPECT_EQ((*parsed)[3].label, "After");
  EXPECT_EQ((*parsed)[4].kind, TaskKind::Work);
  EXPECT_EQ((*parsed)[4].ms, 250);
  // The seed's "Boil water" example is such a program.
  const auto boil = ParseTasks(std::string_view(
      "console.log(\"Start\");\nsetTimeout(() => console.log(\"Boil water\"), 0); // Macrotask\n"
      "Promise.resolve().then(() => console.log(\"Check mailbox\")); // Microtask\nconsole.log(\"End\");\n"));
  ASSERT_TRUE(boil.has_value());
  EXPECT_TRUE(SameTasks(*boil, StarterTasks()));
}

TEST(TaskListParser, RejectsWhatTheListCannotShow) {
  for (const char* code : {
           "let x = 1;",                                                  // a statement of another kind
           "console.log(x);",                                             // a variable, not a label
           "console.log(\"a\", \"b\");",                                  // two arguments
           "setTimeout(() => console.log(\"a\"), 1.5);",                  // not whole milliseconds
           "setTimeout(() => console.log(\"a\"), -1);",                   // a negative delay
           "setTimeout(() => { console.log(\"a\"); console.log(\"b\"); }, 5);",
           "Promise.resolve().then(() => console.log(\"a\")).then(() => 1);",
           "async function f() { await null; console.log(\"a\"); }\ng();",  // calls another function
           "fork(\"other.js\", [\"a\"]).on(\"message\", (m) => console.log(m));",
           "console.log(\"unterminated);",
           "/* open comment",
       }) {
    EXPECT_FALSE(ParseTasks(std::string_view(code)).has_value()) << code;
  }
}

TEST(TaskListParser, AProgramFollowsHandEditsOrBecomesReadOnly) {
  Program program;
  program.tasks = {{TaskKind::Log, "Start", 0}, {TaskKind::Work, "Chop onions", 300}, {TaskKind::Log, "End", 0}};
  program.RegenerateFromTasks();
  // An edit in the list's shape: the list follows it, and work keeps its label.
  std::string& code = program.files[0].text;
  code.replace(code.find("\"End\""), 5, "\"Done\"");
  code.replace(code.find("work(300)"), 9, "work(450)");
  code += "setTimeout(() => console.log(\"Serve\"), 10);\n";
  program.SyncTasksFromCode();
  EXPECT_FALSE(program.tasks_read_only);
  ASSERT_EQ(program.tasks.size(), 4u);
  EXPECT_EQ(program.tasks[1].label, "Chop onions");
  EXPECT_EQ(program.tasks[1].ms, 450);
  EXPECT_EQ(program.tasks[2].label, "Done");
  EXPECT_EQ(program.tasks[3].kind, TaskKind::Timeout);
  // An edit the list cannot show: the list stays, read-only, until the code is reset to it.
  code += "for (let i = 0; i < 3; i++) console.log(i);\n";
  program.SyncTasksFromCode();
  EXPECT_TRUE(program.tasks_read_only);
  EXPECT_EQ(program.tasks.size(), 4u) << "the list is kept as it was";
  program.RegenerateFromTasks();
  EXPECT_FALSE(program.tasks_read_only);
  EXPECT_EQ(program.files[0].text, GenerateCode(program.tasks));
  // Hand-written code with no list before shows no list, and is not "read-only".
  Program other;
  other.files = {{"main.js", "let x = 1;\n"}};
  other.SyncTasksFromCode();
  EXPECT_TRUE(other.tasks.empty());
  EXPECT_FALSE(other.tasks_read_only);
}

using testing::HeadlessImGui;

TEST_F(HeadlessImGui, TheTaskListEditorReplacesTheProgramWithItsCode) {
  App& app = MakeApp();
  // A program not in the list's shape: the editor offers to start a list instead.
  app.LoadProgram({{"main.js", "let chores = 2;\nconsole.log(chores);\n"}});
  EXPECT_TRUE(app.CurrentProgram().tasks.empty());
  app.CurrentProgram().use_task_list = true;
  DrawFrames(2);
  // Press the "start" button: the first button inside the Code panel's contents.
  const ImGuiWindow* code = ImGui::FindWindowByName("Code");
  ASSERT_NE(code, nullptr);
  bool started = false;
  for (float y = code->Pos.y + 60; y < code->Pos.y + code->Size.y && !started; y += 8) {
    Click(ImVec2(code->Pos.x + 60, y));
    started = !app.CurrentProgram().tasks.empty();
  }
  ASSERT_TRUE(started) << "the start button was not found";
  EXPECT_EQ(app.CurrentProgram().files[0].text, GenerateCode(StarterTasks()));
  EXPECT_TRUE(app.Run().stale);
  DrawFrames(2);  // the table of tasks draws
}

TEST_F(HeadlessImGui, TheTaskListTabOpensTheTaskListEditor) {
  App& app = MakeApp();
  app.LoadExample("boil_water");
  DrawFrames(2);
  const ImGuiWindow* code = ImGui::FindWindowByName("Code");
  ASSERT_NE(code, nullptr);
  const std::optional<ImVec2> tab = TabCenter("Task list");
  ASSERT_TRUE(tab.has_value());
  EXPECT_GT(tab->x, code->Pos.x);
  EXPECT_LT(tab->x, code->Pos.x + code->Size.x);
  Click(*tab);
  EXPECT_TRUE(app.CurrentProgram().use_task_list);
  DrawFrames(3);
  EXPECT_TRUE(app.CurrentProgram().use_task_list) << "it stays open";
  // "Boil water" is in the list's shape: the list shows its four tasks, ready to edit.
  ASSERT_EQ(app.CurrentProgram().tasks.size(), 4u);
  EXPECT_FALSE(app.CurrentProgram().tasks_read_only);
}

TEST_F(HeadlessImGui, DiagnosticsAreMarkedWithTheirMessageOnHover) {
  // The state's diagnostics will come from Session::Load; here the Playground draws a state
  // that has one, as the App would pass it.
  Playground playground(m_context);
  Program program;
  program.files = {{"main.js", "console.log(\"a\");\nconsole.log(\"b\"\n"}};
  trace::State state = trace::InitialState(program.files, trace::Profile::Node);
  FrameInput input;
  input.state = &state;
  input.run.phase = RunPhase::Ready;
  std::vector<Diagnostic> diagnostics;
  const auto draw = [&](int frames) {
    int vertices = 0;
    for (int i = 0; i < frames; ++i) {
      ImGui::GetIO().DisplaySize = ImVec2(1280, 800);
      ImGui::GetIO().DeltaTime = 1.0f / 60.0f;
      ImGui::NewFrame();
      playground.Frame(input, program);
      ImGui::Render();
      vertices = ImGui::GetDrawData()->TotalVtxCount;
    }
    return vertices;
  };
  const int clean = draw(2);
  diagnostics.push_back({DiagnosticKind::SyntaxError, "main.js", 2, 12, "Expected ')' to close the call on line 2"});
  input.diagnostics = diagnostics;
  const int marked = draw(2);
  EXPECT_GT(marked, clean) << "the squiggle, the dot and the wash add vertices";
  // Hover line 2 of the editor: a tooltip opens.
  const ImGuiWindow* code = ImGui::FindWindowByName("Code");
  ASSERT_NE(code, nullptr);
  bool tooltip = false;
  for (float y = code->Pos.y + 62; y < code->Pos.y + 200 && !tooltip; y += 4) {
    ImGui::GetIO().AddMousePosEvent(code->Pos.x + 120, y);
    draw(2);
    const ImGuiWindow* window = ImGui::FindWindowByName("##Tooltip_00");
    tooltip = window && window->Active;
  }
  EXPECT_TRUE(tooltip) << "hovering the marked line shows its message";
}

}  // namespace
}  // namespace th::ui
