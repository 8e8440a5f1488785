// The App as a learner uses it: load an example, move with the keyboard and the mouse, and
// check what the panels show through the view model they draw from (not pixels).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "headless_imgui.h"
#include "trace/trace.h"
#include "ui/view_model.h"

namespace th::ui {
namespace {

using testing::ConsoleText;
using testing::HeadlessImGui;

// The "done when": pick "Boil water", step through it forwards and backwards, and see
// why "Check mailbox" prints before "Boil water".
TEST_F(HeadlessImGui, BoilWaterStepsForwardAndBackWithTheKeyboard) {
  App& app = MakeApp();
  ASSERT_TRUE(app.LoadExample("boil_water"));
  DrawFrames(2);  // the engine computes this short run within the first frame's slice
  EXPECT_EQ(app.Run().phase, RunPhase::Ready);
  EXPECT_EQ(Step(), 0u);

  PressKey(ImGuiKey_RightArrow);  // the first statement
  const trace::State& first = app.Session().Current();
  EXPECT_EQ(first.position.line, 3);
  const std::vector<CurrentLine> lines = CurrentLines(first);
  ASSERT_FALSE(lines.empty());
  EXPECT_EQ(lines.back().line, 3) << "the Code panel highlights line 3";

  // Statement by statement to the end of the script: the timer waits in the Web APIs, the
  // promise callback in the microtask queue.
  PressKey(ImGuiKey_RightArrow);
  PressKey(ImGuiKey_RightArrow);
  PressKey(ImGuiKey_RightArrow);
  {
    const trace::State& state = app.Session().Current();
    EXPECT_EQ(state.position.line, 9);
    ASSERT_EQ(state.agents[0].timers.size(), 1u);
    ASSERT_EQ(state.agents[0].microtasks.size(), 1u);
    EXPECT_EQ(ConsoleText(state), (std::vector<std::string>{"Start"}));
  }
  // The next statement is inside the microtask: "Check mailbox" comes first.
  PressKey(ImGuiKey_RightArrow);
  {
    const trace::State& state = app.Session().Current();
    EXPECT_EQ(ConsoleText(state), (std::vector<std::string>{"Start", "End"}));
    EXPECT_TRUE(state.agents[0].microtasks.empty()) << "the microtask is running";
    EXPECT_EQ(state.agents[0].timers.size(), 1u) << "the timer is still waiting";
    ASSERT_EQ(state.agents[0].stack.size(), 1u);
    EXPECT_EQ(state.agents[0].stack[0].function, "(anonymous)");
    EXPECT_EQ(state.position.line, 7) << "the promise callback's line";
  }
  PressKey(ImGuiKey_End);
  {
    const trace::State& state = app.Session().Current();
    EXPECT_EQ(ConsoleText(state), (std::vector<std::string>{"Start", "End", "Check mailbox", "Boil water"}));
    // The last step printed "Boil water": the console highlights it.
    const auto [first_new, end_new] = ConsoleHighlight(state, app.Session().Trace());
    EXPECT_EQ(first_new, 3u);
    EXPECT_EQ(end_new, 4u);
    EXPECT_TRUE(CurrentLines(state).empty()) << "nothing runs at the end: no line is highlighted";
  }
  // Backwards: Up goes to the start of the task that printed "Boil water", Home to the start.
  PressKey(ImGuiKey_UpArrow);
  EXPECT_EQ(ConsoleText(app.Session().Current()).size(), 3u);
  PressKey(ImGuiKey_LeftArrow, /*shift=*/true);
  EXPECT_LT(Step(), app.Session().StepCount());
  PressKey(ImGuiKey_Home);
  EXPECT_EQ(Step(), 0u);
  PressKey(ImGuiKey_DownArrow);  // the first task the loop takes: the timer's callback
  EXPECT_EQ(ConsoleText(app.Session().Current()).size(), 3u);
}

TEST_F(HeadlessImGui, SpacePlaysAndPauses) {
  App& app = MakeApp();
  app.LoadExample("boil_water");
  DrawFrames(1);
  PressKey(ImGuiKey_Space);
  EXPECT_TRUE(app.Session().Playing());
  DrawFrames(40);  // 4 steps a second at 60 frames a second: about 2 steps
  EXPECT_GT(Step(), 0u);
  PressKey(ImGuiKey_Space);
  EXPECT_FALSE(app.Session().Playing());
}

TEST_F(HeadlessImGui, ClickingAConsoleLineJumpsToTheStepThatPrintedIt) {
  App& app = MakeApp();
  app.LoadExample("boil_water");
  app.FinishRun();
  app.Session().Apply({session::CommandKind::ToEnd});
  DrawFrames(2);
  const trace::State& state = app.Session().Current();
  ASSERT_EQ(state.console.size(), 4u);
  const std::int64_t printed_check_mailbox = state.console[2].step;
  // The console's third line: find the panel and click on its third row.
  const ImGuiWindow* console = ImGui::FindWindowByName("Console");
  ASSERT_NE(console, nullptr);
  const ImGuiWindow* contents = nullptr;
  for (const ImGuiWindow* child : console->DC.ChildWindows) contents = child;
  ASSERT_NE(contents, nullptr);
  const float row = m_context.fonts.code->FontSize + ImGui::GetStyle().ItemSpacing.y;
  Click(ImVec2(contents->Pos.x + 40, contents->Pos.y + 2.5f * row));
  EXPECT_EQ(static_cast<std::int64_t>(Step()), printed_check_mailbox);
}

TEST_F(HeadlessImGui, ExamplesWithAgentsShowEveryAgentAndHowItEnded) {
  App& app = MakeApp();
  ASSERT_TRUE(app.LoadExample("fork_heavy_task"));
  app.FinishRun();  // the parent forks a child for the heavy task
  app.Session().Apply({session::CommandKind::ToEnd});
  DrawFrames(2);
  const trace::State& state = app.Session().Current();
  ASSERT_EQ(state.agents.size(), 2u);
  EXPECT_EQ(AgentStatusText(state.agents[1]), "exited (code 0)");
  EXPECT_EQ(state.agents[1].pid, 4243);
  // The timeline has a lane per agent, the child's with its 500 ms of work, and both messages.
  const trace::TimelineIndex& timeline = app.Timeline();
  ASSERT_EQ(timeline.Lanes().size(), 2u);
  EXPECT_EQ(timeline.Arrows().size(), 2u);
  bool child_was_busy = false;
  for (const trace::LaneSpan& span : timeline.Lanes()[1].spans) {
    child_was_busy |= span.activity == trace::LaneActivity::Busy && span.end_ns - span.begin_ns >= 500'000'000;
  }
  EXPECT_TRUE(child_was_busy);
  // Stepping into the child's code shows its file.
  app.Session().Apply({session::CommandKind::Reset});
  while (app.Session().Current().position.file != 1 && Step() < app.Session().StepCount()) {
    app.Session().Apply({session::CommandKind::StepForward});
  }
  DrawFrames(2);
  EXPECT_EQ(app.CurrentProgram().active_file, 1) << "the editor brings heavyTask.js to the front";
}

TEST_F(HeadlessImGui, AWorkerExampleRunsOnTheEngine) {
  App& app = MakeApp();
  ASSERT_TRUE(app.LoadExample("many_chefs"));  // two worker threads
  app.FinishRun();
  DrawFrames(2);
  EXPECT_EQ(app.Run().phase, RunPhase::Ready);
  app.Session().Apply({session::CommandKind::ToEnd});
  const trace::State& state = app.Session().Current();
  ASSERT_EQ(state.agents.size(), 3u) << "main and two chefs";
  EXPECT_EQ(state.agents[1].name, "worker 1");
  int orders_completed = 0;
  for (const trace::ConsoleLine& line : state.console) {
    EXPECT_FALSE(line.is_error) << line.text;
    orders_completed += line.text.find("Order completed") != std::string::npos;
  }
  EXPECT_EQ(orders_completed, 2);
}

// The toolbar's Parallel switch: the chefs cook at once on real threads; the steps appear once
// the run has ended, and then it is stepped like any other.
TEST_F(HeadlessImGui, AWorkerExampleRunsInParallel) {
  App& app = MakeApp();
  app.LoadSettings("threads=parallel\n");
  ASSERT_TRUE(app.Settings().parallel);
  ASSERT_TRUE(app.LoadExample("many_chefs"));
  DrawFrames(1);
  if (app.Run().phase == RunPhase::Computing) {
    EXPECT_EQ(app.Session().StepCount(), 0u) << "a parallel run's trace is not shown while its threads append";
    EXPECT_GE(app.Run().parallel_agents, 1u);
  }
  app.FinishRun();
  DrawFrames(2);
  EXPECT_EQ(app.Run().phase, RunPhase::Ready);
  EXPECT_EQ(app.Run().parallel_agents, 0u);
  app.Session().Apply({session::CommandKind::ToEnd});
  const trace::State& state = app.Session().Current();
  ASSERT_EQ(state.agents.size(), 3u) << "main and two chefs";
  int orders_completed = 0;
  for (const trace::ConsoleLine& line : state.console) orders_completed += line.text.find("Order completed") != std::string::npos;
  EXPECT_EQ(orders_completed, 2);
  EXPECT_NE(app.SaveSettings().find("threads=parallel"), std::string::npos);
}

TEST_F(HeadlessImGui, ASyntaxErrorIsMarkedInTheEditor) {
  App& app = MakeApp();
  app.LoadProgram({{"main.js", "console.log(\"a\");\nconsole.log(\"b\";\n"}});
  DrawFrames(2);
  ASSERT_EQ(app.Diagnostics().size(), 1u);
  EXPECT_EQ(app.Diagnostics()[0].file, "main.js");
  EXPECT_EQ(app.Diagnostics()[0].line, 2);
  EXPECT_FALSE(app.Diagnostics()[0].message.empty());
}

TEST_F(HeadlessImGui, EditingMarksTheRunStaleAndTheProgramRunsAgain) {
  App& app = MakeApp();
  app.LoadExample("boil_water");
  DrawFrames(2);
  EXPECT_FALSE(app.Run().stale);
  app.CurrentProgram().files[0].text += "console.log(\"more\");\n";
  ++app.CurrentProgram().revision;
  DrawFrames(1);
  EXPECT_TRUE(app.Run().stale);
  // Ctrl+Enter runs it at once (it would also run by itself once typing pauses).
  ImGuiIO& io = ImGui::GetIO();
  io.AddKeyEvent(ImGuiMod_Ctrl, true);
  io.AddKeyEvent(ImGuiKey_Enter, true);
  DrawFrames(1);
  io.AddKeyEvent(ImGuiKey_Enter, false);
  io.AddKeyEvent(ImGuiMod_Ctrl, false);
  DrawFrames(1);
  EXPECT_FALSE(app.Run().stale);
  app.FinishRun();
  app.Session().Apply({session::CommandKind::ToEnd});
  const std::vector<std::string> console = ConsoleText(app.Session().Current());
  ASSERT_EQ(console.size(), 5u);
  EXPECT_EQ(console[1], "End");
  EXPECT_EQ(console[2], "more") << "the new line runs with the script, before the microtask";
}

TEST_F(HeadlessImGui, AnEditRunsAgainOnceTypingPauses) {
  App& app = MakeApp();
  app.LoadExample("boil_water");
  DrawFrames(2);
  app.CurrentProgram().files[0].text += "console.log(\"more\");\n";
  ++app.CurrentProgram().revision;
  DrawFrames(10);
  EXPECT_TRUE(app.Run().stale) << "not while the learner may still be typing";
  DrawFrames(60);  // a second later
  EXPECT_FALSE(app.Run().stale);
}

TEST_F(HeadlessImGui, TypingInTheEditorEditsTheProgramNotTheRun) {
  App& app = MakeApp();
  app.LoadExample("boil_water");
  DrawFrames(2);
  // Click into the editor, at the end of line 3, and type.
  const ImGuiWindow* code = ImGui::FindWindowByName("Code");
  ASSERT_NE(code, nullptr);
  Click(ImVec2(code->Pos.x + code->Size.x - 30, code->Pos.y + 140));
  ASSERT_TRUE(ImGui::GetIO().WantTextInput) << "the editor should have taken the keyboard";
  const std::string before = app.CurrentProgram().files[0].text;
  ImGui::GetIO().AddInputCharactersUTF8(" x");
  DrawFrames(2);
  PressKey(ImGuiKey_RightArrow);  // moves the text cursor, not the run
  EXPECT_EQ(Step(), 0u);
  EXPECT_NE(app.CurrentProgram().files[0].text, before);
  EXPECT_NE(app.CurrentProgram().files[0].text.find(" x"), std::string::npos);
  EXPECT_TRUE(app.Run().stale);
  // Escape leaves the editor and keeps the edit; then the arrows move the run again.
  PressKey(ImGuiKey_Escape);
  EXPECT_FALSE(ImGui::GetIO().WantTextInput);
  EXPECT_NE(app.CurrentProgram().files[0].text.find(" x"), std::string::npos);
  PressKey(ImGuiKey_RightArrow);
  EXPECT_GT(Step(), 0u);
}

TEST_F(HeadlessImGui, SettingsRoundTripThroughTheirText) {
  App& app = MakeApp();
  app.LoadExample("one_chef");
  app.SetTheme(Theme::Light);
  const std::string saved = app.SaveSettings();
  App& other = MakeApp();
  other.LoadSettings(saved);
  EXPECT_EQ(other.Settings().theme, Theme::Light);
  EXPECT_EQ(other.Settings().example_id, "one_chef");
  other.LoadSettings("theme=dark\nspeed=1000\nexample=no_such_example\nnonsense\n");
  EXPECT_EQ(other.Settings().theme, Theme::Dark);
  EXPECT_EQ(other.Settings().example_id, "one_chef") << "an unknown example is ignored";
  EXPECT_EQ(other.Settings().play_speed, 4.0) << "an out-of-range speed is ignored";
}

// An endless program does not fill the memory or keep the computation going unasked: it is held
// at its allowance of events, the panels keep working, and Continue (Space) grants as many again.
TEST_F(HeadlessImGui, AnEndlessProgramIsHeldAtItsAllowanceAndContinueGoesOn) {
  App& app = MakeApp();
  app.SetEventAllowance(20'000);
  app.LoadProgram({{"main.js", "let i = 0;\nwhile (true) {\n  i++;\n}\n"}});
  for (int frame = 0; frame < 5'000 && !app.Run().over_allowance; ++frame) DrawFrames(1);
  ASSERT_TRUE(app.Run().over_allowance) << "held after " << app.Run().events << " events";
  EXPECT_TRUE(app.Run().paused);
  EXPECT_EQ(app.Run().phase, RunPhase::Computing);
  const std::size_t held = app.Run().events;
  EXPECT_GE(held, 20'000u);
  EXPECT_LT(held, 200'000u) << "held within a slice or so of the allowance";
  DrawFrames(10);
  EXPECT_EQ(app.Run().events, held) << "nothing more is computed while held";
  app.FinishRun();  // returns: a held run is as finished as it gets unasked
  EXPECT_EQ(app.Run().events, held);

  PressKey(ImGuiKey_Space);  // Continue: it runs on (a slice may reach the next hold at once)
  for (int frame = 0; frame < 5'000 && !app.Run().over_allowance; ++frame) DrawFrames(1);
  ASSERT_TRUE(app.Run().over_allowance);
  EXPECT_GE(app.Run().events, held + 20'000);
}

}  // namespace
}  // namespace th::ui
