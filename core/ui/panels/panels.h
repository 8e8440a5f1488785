#pragma once
// The playground's panels: one file each, each drawing the contents of its window from the
// state alone. The frame around them (title, caption, position) is drawn by playground.cpp.

#include <array>

#include "session/state.h"
#include "ui/layout.h"
#include "ui/theme.h"
#include "ui/ui_context.h"

namespace th::ui {

using DrawPanelFn = void (*)(const session::State& state, const UiContext& ui);

struct PanelInfo {
  PanelId id;
  const char* title;    // also the ImGui window name, which tests look panels up by
  const char* analogy;  // the same panel in the seed's house and restaurant words
  ImU32 Accents::*accent;
  DrawPanelFn draw;
};

void DrawCodePanel(const session::State& state, const UiContext& ui);
void DrawCallStackPanel(const session::State& state, const UiContext& ui);
void DrawWebApisPanel(const session::State& state, const UiContext& ui);
void DrawTaskQueuesPanel(const session::State& state, const UiContext& ui);
void DrawMicrotasksPanel(const session::State& state, const UiContext& ui);
void DrawConsolePanel(const session::State& state, const UiContext& ui);
void DrawTimelinePanel(const session::State& state, const UiContext& ui);

// Every panel, in PanelId order.
const std::array<PanelInfo, kPanelCount>& AllPanels();

}  // namespace th::ui
