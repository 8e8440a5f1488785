// The playground's later features, as a learner uses them, checked through what the panels draw
// from (the settings, the view state, the program), not pixels: the Node.js/browser switch, the
// compressed time axis, the agents beside their lanes, the editor's Undo and Redo buttons and the
// task list that reads hand-edited code back.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "headless_imgui.h"
#include "ui/task_list.h"
#include "ui/view_model.h"

namespace th::ui {
namespace {

using testing::ConsoleText;
using testing::HeadlessImGui;

TEST_F(HeadlessImGui, TheProfileSwitchRunsTheProgramAgainAsABrowserDoes) {
  App& app = MakeApp();
  ASSERT_TRUE(app.LoadExample("boil_water"));
  app.FinishRun();
  DrawFrames(2);
  EXPECT_EQ(app.Session().Current().profile, trace::Profile::Node);
  EXPECT_EQ(app.Session().Current().agents[0].task_queues.size(), 5u) << "Node's phases";
  app.ClearSettingsDirty();
  // The "Browser" half of the switch, right of the Examples menu on the toolbar.
  for (float x = 300; x < 460 && app.Settings().profile == trace::Profile::Node; x += 8) Click(ImVec2(x, 20));
  ASSERT_EQ(app.Settings().profile, trace::Profile::Browser);
  EXPECT_TRUE(app.SettingsDirty()) << "the choice is saved with the other settings";
  app.FinishRun();
  app.Session().Apply({session::CommandKind::ToEnd});
  DrawFrames(2);
  const trace::State& state = app.Session().Current();
  EXPECT_EQ(state.profile, trace::Profile::Browser);
  ASSERT_EQ(state.agents[0].task_queues.size(), 1u);
  EXPECT_EQ(state.agents[0].task_queues[0].name, "task queue");
  EXPECT_EQ(ConsoleText(state), (std::vector<std::string>{"Start", "End", "Check mailbox", "Boil water"}));
  // Saved and read back.
  const std::string saved = app.SaveSettings();
  EXPECT_NE(saved.find("profile=browser"), std::string::npos);
  App& other = MakeApp();
  other.LoadSettings(saved);
  EXPECT_EQ(other.Settings().profile, trace::Profile::Browser);
  other.LoadSettings("profile=deno\n");
  EXPECT_EQ(other.Settings().profile, trace::Profile::Browser) << "an unknown host is ignored";
  // The whole playground draws under the browser profile at both sizes.
  other.LoadExample("next_tick_puzzle");
  other.FinishRun();
  EXPECT_GT(DrawFrames(2), 1000);
  EXPECT_GT(DrawFrames(2, ImVec2(800, 500)), 1000);
}

// The list owns its code, so a switch of host rewrites it for that host: a worker task becomes a
// Web Worker (worker.js) in a page, and a worker_threads Worker again in Node.
TEST_F(HeadlessImGui, TheProfileSwitchRewritesAListsWorkerTaskForThatHost) {
  App& app = MakeApp();
  const std::vector<TaskItem> tasks = {{TaskKind::Log, "Start", 0}, {TaskKind::Worker, "Second chef", 0}};
  app.LoadProgram({{"main.js", GenerateCode(tasks)}});
  app.FinishRun();
  ASSERT_EQ(app.CurrentProgram().tasks.size(), 2u);
  app.SetProfile(trace::Profile::Browser);
  app.FinishRun();
  const Program& program = app.CurrentProgram();
  ASSERT_EQ(program.files.size(), 2u);
  EXPECT_EQ(program.files[0].text, GenerateCode(tasks, trace::Profile::Browser));
  EXPECT_EQ(program.files[1].name, "worker.js");
  app.Session().Apply({session::CommandKind::ToEnd});
  EXPECT_EQ(ConsoleText(app.Session().Current()), (std::vector<std::string>{"Start", "Second chef"}));
  app.SetProfile(trace::Profile::Node);
  app.FinishRun();
  ASSERT_EQ(app.CurrentProgram().files.size(), 1u);
  EXPECT_EQ(app.CurrentProgram().files[0].text, GenerateCode(tasks));
  // Code without a worker task, or that is not the list's, is never rewritten.
  for (const char* code : {"console.log('mine');\n", "let mine = new Worker('w.js', { eval: true });\n"}) {
    app.LoadProgram({{"main.js", code}});
    app.SetProfile(trace::Profile::Browser);
    EXPECT_EQ(app.CurrentProgram().files[0].text, code);
    app.SetProfile(trace::Profile::Node);
  }
}

TEST_F(HeadlessImGui, TheTimelineSqueezesLongWaitsAndCanBeLinear) {
  App& app = MakeApp();
  ASSERT_TRUE(app.LoadExample("two_tasks"));  // two timers, 500 ms apart
  app.FinishRun();
  DrawFrames(3);
  const TimelineView& view = app.View().View().timeline;
  EXPECT_TRUE(app.Settings().compress_idle) << "compressed is the default";
  EXPECT_GE(view.breaks_drawn, 2u) << "both waits are drawn as breaks";
  EXPECT_GE(view.boxes_drawn, 3u);
  // The checkbox at the right end of the axis row switches to a linear axis.
  const ImGuiWindow* timeline = PanelContents("Timeline");
  ASSERT_NE(timeline, nullptr);
  app.ClearSettingsDirty();
  Click(ImVec2(timeline->Pos.x + timeline->Size.x - 70, timeline->Pos.y + 9));
  EXPECT_FALSE(app.Settings().compress_idle);
  EXPECT_TRUE(app.SettingsDirty());
  DrawFrames(2);
  EXPECT_EQ(view.breaks_drawn, 0u);
  EXPECT_EQ(app.Session().CurrentStep(), 0u) << "the click switched the axis, it did not move the run";
  EXPECT_NE(app.SaveSettings().find("timeline=linear"), std::string::npos);
  Click(ImVec2(timeline->Pos.x + timeline->Size.x - 70, timeline->Pos.y + 9));
  EXPECT_TRUE(app.Settings().compress_idle);
  DrawFrames(2);
  EXPECT_GE(view.breaks_drawn, 2u);
}

TEST_F(HeadlessImGui, EachAgentsRowIsLevelWithItsTimelineLane) {
  App& app = MakeApp();
  ASSERT_TRUE(app.LoadExample("fork_heavy_task"));  // recorded: main and a child process
  app.FinishRun();
  for (ImVec2 size : {ImVec2(1280, 800), ImVec2(800, 500)}) {
    for (std::int64_t step : {std::int64_t{0}, static_cast<std::int64_t>(app.Session().StepCount())}) {
      app.Session().Apply({session::CommandKind::SeekTo, step});
      DrawFrames(2, size);
      const ImGuiWindow* agents = PanelContents("Agents");
      const ImGuiWindow* timeline = PanelContents("Timeline");
      ASSERT_NE(agents, nullptr);
      ASSERT_NE(timeline, nullptr);
      // Same top, same height: ComputeLaneLayout puts row i and lane i at the same y.
      EXPECT_EQ(agents->Pos.y, timeline->Pos.y);
      EXPECT_EQ(agents->Size.y, timeline->Size.y);
      const std::vector<AgentRow> rows =
          AgentRows(app.Session().Current(), app.Session().Trace(), &app.Timeline());
      ASSERT_EQ(rows.size(), app.Timeline().Lanes().size()) << "a row for every lane, from the start";
      EXPECT_EQ(rows[1].name, "child 4243");
      EXPECT_EQ(rows[1].state == nullptr, step == 0) << "not started yet at step 0";
    }
  }
}

TEST_F(HeadlessImGui, UndoAndRedoButtonsReplayTheEditorsHistory) {
  App& app = MakeApp();
  app.LoadExample("boil_water");
  DrawFrames(2);
  ASSERT_TRUE(TabCenter("\xe2\x86\xa9 Undo").has_value());
  const std::string before = app.CurrentProgram().files[0].text;
  // Nothing typed yet: Undo has nothing to do.
  Click(*TabCenter("\xe2\x86\xa9 Undo"));
  EXPECT_EQ(app.CurrentProgram().files[0].text, before);
  // Type a letter into the editor, then press the buttons.
  const ImGuiWindow* code = ImGui::FindWindowByName("Code");
  ASSERT_NE(code, nullptr);
  Click(ImVec2(code->Pos.x + code->Size.x - 30, code->Pos.y + 140));
  ASSERT_TRUE(ImGui::GetIO().WantTextInput);
  ImGui::GetIO().AddInputCharactersUTF8("Q");
  DrawFrames(2);
  const std::string typed = app.CurrentProgram().files[0].text;
  ASSERT_NE(typed, before);
  Click(*TabCenter("\xe2\x86\xa9 Undo"));
  EXPECT_EQ(app.CurrentProgram().files[0].text, before);
  EXPECT_TRUE(app.Run().stale) << "undoing is an edit like any other";
  Click(*TabCenter("\xe2\x86\xaa Redo"));
  EXPECT_EQ(app.CurrentProgram().files[0].text, typed);
  // The history goes on in the editor: Ctrl+Z there undoes the same letter again.
  Click(ImVec2(code->Pos.x + code->Size.x - 30, code->Pos.y + 140));
  ImGuiIO& io = ImGui::GetIO();
  io.AddKeyEvent(ImGuiMod_Ctrl, true);
  io.AddKeyEvent(ImGuiKey_Z, true);
  DrawFrames(1);
  io.AddKeyEvent(ImGuiKey_Z, false);
  io.AddKeyEvent(ImGuiMod_Ctrl, false);
  DrawFrames(1);
  EXPECT_EQ(app.CurrentProgram().files[0].text, before);
}

TEST_F(HeadlessImGui, HandEditsTheListCannotShowMakeItReadOnlyUntilReset) {
  App& app = MakeApp();
  Program& program = app.CurrentProgram();
  app.LoadProgram({{"main.js", GenerateCode(StarterTasks())}});
  ASSERT_EQ(program.tasks.size(), 4u) << "generated code reads back as its list";
  DrawFrames(2);
  // Type a loop at the start of the code.
  const ImGuiWindow* code = ImGui::FindWindowByName("Code");
  ASSERT_NE(code, nullptr);
  Click(ImVec2(code->Pos.x + 60, code->Pos.y + 75));
  ASSERT_TRUE(ImGui::GetIO().WantTextInput);
  ImGuiIO& io = ImGui::GetIO();
  io.AddKeyEvent(ImGuiMod_Ctrl, true);
  io.AddKeyEvent(ImGuiKey_Home, true);
  DrawFrames(1);
  io.AddKeyEvent(ImGuiKey_Home, false);
  io.AddKeyEvent(ImGuiMod_Ctrl, false);
  io.AddInputCharactersUTF8("let n = 3;\n");
  DrawFrames(2);
  ASSERT_NE(program.files[0].text.find("let n = 3;"), std::string::npos);
  EXPECT_TRUE(program.tasks_read_only);
  EXPECT_EQ(program.tasks.size(), 4u);
  PressKey(ImGuiKey_Escape);
  // The list's tab says so, and its Reset button puts the list's code back.
  Click(*TabCenter("Task list"));
  ASSERT_TRUE(program.use_task_list);
  for (float y = code->Pos.y + 60; y < code->Pos.y + code->Size.y && program.tasks_read_only; y += 6) {
    Click(ImVec2(code->Pos.x + 90, y));
  }
  EXPECT_FALSE(program.tasks_read_only) << "the Reset button was not found";
  EXPECT_EQ(program.files[0].text, GenerateCode(StarterTasks()));
  EXPECT_EQ(program.tasks.size(), 4u);
}

}  // namespace
}  // namespace th::ui
