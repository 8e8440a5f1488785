#pragma once
// The playground's whole frame: the toolbar and every panel, laid out over the viewport.
// It reads a session::State and returns what the learner asked for; it never runs anything.

#include <vector>

#include "session/command.h"
#include "session/state.h"
#include "ui/layout.h"
#include "ui/ui_context.h"

namespace th::ui {

struct PanelInfo;

class Playground {
 public:
  explicit Playground(UiContext context);

  // Draws one frame between ImGui::NewFrame() and ImGui::Render(). Returns the commands the
  // learner gave during it, in order.
  std::vector<session::Command> Frame(const session::State& state);

  const UiContext& Context() const { return m_context; }
  // The layout of the last frame drawn (for tests and the shells).
  const Layout& LastLayout() const { return m_layout; }

 private:
  void DrawToolbar(const session::State& state, std::vector<session::Command>& commands);
  void DrawPanelWindow(const PanelInfo& panel, const session::State& state);

  UiContext m_context;
  Layout m_layout;
};

}  // namespace th::ui
