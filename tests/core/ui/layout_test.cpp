// The layout is a pure function of the window size: every panel must be inside the window,
// none may overlap another, and small windows get the compact arrangement.
#include "ui/layout.h"

#include <gtest/gtest.h>

namespace th::ui {
namespace {

bool Overlap(const Rect& a, const Rect& b) {
  return a.min.x < b.min.x + b.size.x && b.min.x < a.min.x + a.size.x &&
         a.min.y < b.min.y + b.size.y && b.min.y < a.min.y + a.size.y;
}

void ExpectSound(const Layout& layout, ImVec2 viewport) {
  for (std::size_t i = 0; i < kPanelCount; ++i) {
    const Rect& panel = layout.panels[i];
    SCOPED_TRACE(testing::Message() << "panel " << i);
    EXPECT_GE(panel.min.x, 0.0f);
    EXPECT_GE(panel.min.y, layout.explain.min.y + layout.explain.size.y);
    EXPECT_LE(panel.min.x + panel.size.x, viewport.x + 0.01f);
    EXPECT_LE(panel.min.y + panel.size.y, viewport.y + 0.01f);
    EXPECT_GT(panel.size.x, 100.0f);
    EXPECT_GT(panel.size.y, 60.0f);
    for (std::size_t j = i + 1; j < kPanelCount; ++j) {
      EXPECT_FALSE(Overlap(panel, layout.panels[j])) << "panels " << i << " and " << j;
    }
  }
}

TEST(Layout, DesktopWindowUsesThreeColumns) {
  const ImVec2 viewport(1280, 800);
  const Layout layout = ComputeLayout(viewport, 1.0f);
  EXPECT_FALSE(layout.compact);
  ExpectSound(layout, viewport);
  // Code is the widest column; the stack and the queues sit side by side to its right.
  EXPECT_GT(layout.Of(PanelId::Code).size.x, layout.Of(PanelId::CallStack).size.x);
  EXPECT_LT(layout.Of(PanelId::CallStack).min.x, layout.Of(PanelId::TaskQueues).min.x);
  EXPECT_EQ(layout.Of(PanelId::CallStack).min.y, layout.Of(PanelId::TaskQueues).min.y);
  // The agents and their timeline lanes span the width under everything else.
  EXPECT_GT(layout.Of(PanelId::Timeline).size.x + layout.Of(PanelId::Agents).size.x, viewport.x * 0.95f);
  EXPECT_EQ(layout.Of(PanelId::Timeline).min.y, layout.Of(PanelId::Agents).min.y);
}

TEST(Layout, SmallEmbedUsesCompactArrangement) {
  const ImVec2 viewport(800, 500);
  const Layout layout = ComputeLayout(viewport, 1.0f);
  EXPECT_TRUE(layout.compact);
  ExpectSound(layout, viewport);
  // The explanation stays visible in the small arrangement too, across the whole width.
  EXPECT_GT(layout.explain.size.x, viewport.x * 0.95f);
  EXPECT_GT(layout.explain.size.y, 30.0f);
}

TEST(Layout, ScaleGrowsTheToolbarAndKeepsPanelsInside) {
  const ImVec2 viewport(2560, 1600);
  const Layout layout = ComputeLayout(viewport, 2.0f);
  EXPECT_FALSE(layout.compact);  // 2560x1600 at scale 2 is a 1280x800 desktop window
  EXPECT_FLOAT_EQ(layout.toolbar.size.y, 2.0f * ComputeLayout(ImVec2(1280, 800), 1.0f).toolbar.size.y);
  ExpectSound(layout, viewport);
}

}  // namespace
}  // namespace th::ui
