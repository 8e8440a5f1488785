// The editor's pieces: syntax colouring, the task list and the code it generates.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "headless_imgui.h"
#include "ui/syntax.h"
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

using testing::HeadlessImGui;

TEST_F(HeadlessImGui, TheTaskListEditorReplacesTheProgramWithItsCode) {
  App& app = MakeApp();
  app.LoadExample("boil_water");
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
  // The tab is right of the file tab "main.js", on the row under the title.
  for (float y = code->Pos.y + 30; y < code->Pos.y + 70 && !app.CurrentProgram().use_task_list; y += 5) {
    Click(ImVec2(code->Pos.x + 115, y));
  }
  EXPECT_TRUE(app.CurrentProgram().use_task_list);
  DrawFrames(3);
  EXPECT_TRUE(app.CurrentProgram().use_task_list) << "it stays open";
}

TEST_F(HeadlessImGui, DiagnosticsAreMarkedWithTheirMessageOnHover) {
  // The state's diagnostics will come from Session::Load; here the Playground draws a state
  // that has one, as the App would pass it.
  Playground playground(m_context);
  Program program;
  program.files = {{"main.js", "console.log(\"a\");\nconsole.log(\"b\"\n"}};
  session::State state = session::InitialState(program.files, session::Profile::Node);
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
