// Draws the whole playground for a few frames with no GPU and no window (Dear ImGui with no
// platform or renderer backend: the font atlas is built in memory and the draw data is only
// inspected), for every example, both themes, and the desktop and embed sizes.
#include <gtest/gtest.h>
#include <imgui.h>
#include <imgui_internal.h>

#include "examples/catalog.h"
#include "session/state.h"
#include "ui/fonts.h"
#include "ui/panels/panels.h"
#include "ui/playground.h"
#include "ui/theme.h"

namespace th::ui {
namespace {

class HeadlessImGui : public testing::Test {
 protected:
  void SetUp() override {
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    m_context.fonts = LoadFonts(1.0f);
    unsigned char* pixels = nullptr;
    int width = 0, height = 0;
    io.Fonts->GetTexDataAsRGBA32(&pixels, &width, &height);
    ASSERT_NE(pixels, nullptr);
    ASSERT_GT(width, 0);
  }
  void TearDown() override { ImGui::DestroyContext(); }

  // Draws `frames` frames of the playground at the given size; returns the last frame's vertex
  // count (zero would mean nothing was drawn).
  int DrawFrames(Playground& playground, const session::State& state, ImVec2 size, int frames) {
    int vertices = 0;
    for (int i = 0; i < frames; ++i) {
      ImGuiIO& io = ImGui::GetIO();
      io.DisplaySize = size;
      io.DeltaTime = 1.0f / 60.0f;
      ImGui::NewFrame();
      playground.Frame(state);
      ImGui::Render();
      vertices = ImGui::GetDrawData()->TotalVtxCount;
    }
    return vertices;
  }

  UiContext m_context;
};

TEST_F(HeadlessImGui, EveryPanelIsDrawnWhereTheLayoutPutsIt) {
  for (const examples::Example& example : examples::BuiltinExamples()) {
    for (Theme theme : {Theme::Dark, Theme::Light}) {
      for (ImVec2 size : {ImVec2(1280, 800), ImVec2(800, 500)}) {
        SCOPED_TRACE(testing::Message() << example.id << " " << size.x << "x" << size.y
                                        << (theme == Theme::Dark ? " dark" : " light"));
        UiContext context = m_context;
        context.settings.theme = theme;
        ApplyTheme(theme, context.scale);
        Playground playground(context);
        const session::State state = session::InitialState(example.files, session::Profile::Node);
        EXPECT_GT(DrawFrames(playground, state, size, 3), 1000);
        for (const PanelInfo& panel : AllPanels()) {
          const ImGuiWindow* window = ImGui::FindWindowByName(panel.title);
          ASSERT_NE(window, nullptr) << panel.title;
          EXPECT_TRUE(window->WasActive) << panel.title << " was not drawn";
          const Rect& rect = playground.LastLayout().Of(panel.id);
          EXPECT_EQ(window->Pos.x, rect.min.x) << panel.title;
          EXPECT_EQ(window->Pos.y, rect.min.y) << panel.title;
          EXPECT_EQ(window->Size.x, rect.size.x) << panel.title;
        }
      }
    }
  }
}

TEST_F(HeadlessImGui, PanelsDrawQueuesStacksTimersAndConsoleFromTheState) {
  // A hand-made mid-run state: every list has something in it.
  session::State state = session::InitialState(examples::BuiltinExamples().front().files,
                                               session::Profile::Node);
  state.step = 3;
  state.step_count = 9;
  state.time_ms = 0.5;
  state.position = {0, 7, 1};
  session::AgentState& main = state.agents.front();
  main.stack = {{"main", "main.js", 7}, {"then", "main.js", 7}};
  main.timers = {{"() => console.log(\"Boil water\")", 0.0, 1.0, false}};
  main.task_queues.front().items = {{"timer 1", "due at 1 ms"}};
  main.microtasks = {{"then-callback of promise #1", "Promise.resolve() is already fulfilled"}};
  main.next_ticks = {{"tick", "process.nextTick on line 2"}};
  std::vector<session::ConsoleLine> console = {{false, "Start", 1}, {false, "End", 3}, {true, "oops", 3}};
  for (int i = 0; i < 10000; ++i) console.push_back({false, "line " + std::to_string(i), 3});
  state.console = console;

  Playground playground(m_context);
  const int full = DrawFrames(playground, state, ImVec2(1280, 800), 3);
  Playground empty_playground(m_context);
  const int empty = DrawFrames(empty_playground, session::InitialState({}, session::Profile::Node),
                               ImVec2(1280, 800), 3);
  EXPECT_GT(full, empty) << "a state with stacks, queues and output must draw more than an empty one";
}

TEST_F(HeadlessImGui, ButtonsThatCannotMoveTheRunAreDisabled) {
  Playground playground(m_context);
  const session::State state = session::InitialState(examples::BuiltinExamples().front().files,
                                                     session::Profile::Browser);
  // Click where the Step button is: at step 0 of an empty run it must not send a command.
  DrawFrames(playground, state, ImVec2(1280, 800), 2);
  ImGuiIO& io = ImGui::GetIO();
  for (float x = 100; x < 600; x += 10) {
    io.AddMousePosEvent(x, 22);
    io.AddMouseButtonEvent(0, true);
    DrawFrames(playground, state, ImVec2(1280, 800), 1);
    io.AddMouseButtonEvent(0, false);
    io.DisplaySize = ImVec2(1280, 800);
    ImGui::NewFrame();
    EXPECT_TRUE(playground.Frame(state).empty()) << "a disabled button sent a command at x=" << x;
    ImGui::Render();
  }
}

}  // namespace
}  // namespace th::ui
