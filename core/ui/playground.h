#pragma once
// The playground's whole frame: the toolbar, the explanation and every panel, laid out over the
// viewport. It reads what the App gives it (FrameInput) and returns what the learner asked for
// (FrameOutput); it never runs anything.

#include "ui/frame_io.h"
#include "ui/layout.h"
#include "ui/view_state.h"
#include "ui/program.h"
#include "ui/ui_context.h"

namespace th::ui {

struct PanelInfo;

class Playground {
 public:
  explicit Playground(UiContext context);

  // Draws one frame between ImGui::NewFrame() and ImGui::Render(). `program` is the source the
  // Code panel shows and edits.
  FrameOutput Frame(const FrameInput& input, Program& program);

  const UiContext& Context() const { return m_context; }
  UiContext& Context() { return m_context; }
  // The layout of the last frame drawn (for tests and the shells).
  const Layout& LastLayout() const { return m_layout; }
  const ViewState& View() const { return m_view; }
  // Set when a setting changed this frame, so the shell can save them.
  bool SettingsChanged() const { return m_settings_changed; }

 private:
  void HandleShortcuts(const FrameInput& input, FrameOutput& output);
  void DrawToolbar(const FrameInput& input, FrameOutput& output);
  void DrawExamplesMenu(FrameOutput& output);
  void DrawProfileSwitch(FrameOutput& output);
  void DrawThreadsSwitch(FrameOutput& output);
  void DrawViewMenu();
  void DrawTransport(const FrameInput& input, FrameOutput& output);
  void DrawScrubber(const FrameInput& input, FrameOutput& output);
  void DrawExplainBar(const FrameInput& input, const Program& program, FrameOutput& output);
  void DrawPanelWindow(const PanelInfo& panel, const FrameInput& input, FrameOutput& output, Program& program);

  UiContext m_context;
  Layout m_layout;
  ViewState m_view;
  bool m_settings_changed = false;
};

}  // namespace th::ui
