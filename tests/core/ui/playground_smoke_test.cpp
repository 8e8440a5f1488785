// Draws the whole playground headless for every example, both themes, the desktop and embed
// sizes, at several steps of each run: every panel must be drawn where the layout puts it.
#include <gtest/gtest.h>

#include "examples/catalog.h"
#include "headless_imgui.h"
#include "ui/panels/panels.h"

namespace th::ui {
namespace {

using testing::HeadlessImGui;

TEST_F(HeadlessImGui, EveryPanelIsDrawnWhereTheLayoutPutsItForEveryExample) {
  for (const examples::Example& example : examples::BuiltinExamples()) {
    for (Theme theme : {Theme::Dark, Theme::Light}) {
      for (ImVec2 size : {ImVec2(1280, 800), ImVec2(800, 500)}) {
        SCOPED_TRACE(::testing::Message() << example.id << " " << size.x << "x" << size.y
                                          << (theme == Theme::Dark ? " dark" : " light"));
        App& app = MakeApp(theme);
        ASSERT_TRUE(app.LoadExample(example.id));
        app.FinishRun();
        EXPECT_GT(DrawFrames(3, size), 1000);
        // Through the run: the start, a middle step, the end.
        const std::size_t count = app.Session().StepCount();
        for (std::size_t step : {std::size_t{0}, count / 2, count}) {
          app.Session().Apply({session::CommandKind::SeekTo, static_cast<std::int64_t>(step)});
          EXPECT_GT(DrawFrames(2, size), 1000);
        }
        for (const PanelInfo& panel : AllPanels()) {
          const ImGuiWindow* window = ImGui::FindWindowByName(panel.title);
          ASSERT_NE(window, nullptr) << panel.title;
          EXPECT_TRUE(window->WasActive) << panel.title << " was not drawn";
          const Rect& rect = app.View().LastLayout().Of(panel.id);
          EXPECT_EQ(window->Pos.x, rect.min.x) << panel.title;
          EXPECT_EQ(window->Pos.y, rect.min.y) << panel.title;
          EXPECT_EQ(window->Size.x, rect.size.x) << panel.title;
        }
        const ImGuiWindow* explain = ImGui::FindWindowByName("Explain");
        ASSERT_NE(explain, nullptr);
        EXPECT_TRUE(explain->WasActive) << "the explanation must be visible at every size";
      }
    }
  }
}

TEST_F(HeadlessImGui, ButtonsThatCannotMoveTheRunAreDisabled) {
  App& app = MakeApp();
  app.LoadExample("boil_water");
  app.FinishRun();
  app.Session().Apply({session::CommandKind::ToEnd});
  DrawFrames(2);
  const std::size_t end = Step();
  ASSERT_EQ(end, app.Session().StepCount());
  // Click along the transport buttons right of the back buttons: at the end of the run none
  // of the forward ones may move it.
  const ImGuiWindow* toolbar = ImGui::FindWindowByName("Toolbar");
  ASSERT_NE(toolbar, nullptr);
  // Step, Event, Task, End and Play sit right of the back buttons (and the profile and threads
  // switches).
  for (float x = 825; x < 1140; x += 10) {
    Click(ImVec2(x, 20));
    EXPECT_EQ(Step(), end) << "a disabled button moved the run at x=" << x;
  }
}


}  // namespace
}  // namespace th::ui
