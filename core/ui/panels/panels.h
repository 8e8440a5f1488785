#pragma once
// The playground's panels: one file each, each drawing the contents of its window from what
// the frame reads (the state, the run's timeline) and appending what the learner asks for to the
// frame's output. The frame around them (title, caption, position) is drawn by playground.cpp.

#include <array>

#include "trace/state.h"
#include "ui/frame_io.h"
#include "ui/layout.h"
#include "ui/program.h"
#include "ui/theme.h"
#include "ui/ui_context.h"
#include "ui/view_state.h"

namespace th::ui {

// Everything a panel may read or change during one frame.
struct PanelContext {
  const FrameInput& input;
  FrameOutput& output;
  const UiContext& ui;
  Program& program;         // the source being edited (the Code panel changes it)
  ViewState& view;          // zoom, scroll memory: view state, not model
  bool compact = false;     // the small embed arrangement
  ViewSettings* settings = nullptr;  // for a panel's own option the learner changes (persisted)
  bool* settings_changed = nullptr;  // set when it did

  const trace::State& State() const { return *input.state; }
  // Whether a per-agent panel shows this agent: the one the learner picked in the Agents panel,
  // or every agent when none is picked.
  bool ShowsAgent(const trace::AgentState& agent) const { return view.picked_agent < 0 || view.picked_agent == agent.id; }
  // Whether the panel names agents in section headers (the run has several, and none is picked).
  bool NamesAgents() const { return State().agents.size() > 1; }
};

using DrawPanelFn = void (*)(PanelContext& context);

struct PanelInfo {
  PanelId id;
  const char* title;    // also the ImGui window name, which tests look panels up by
  const char* analogy;  // the same panel in the seed's house and restaurant words
  ImU32 Accents::*accent;
  DrawPanelFn draw;
};

void DrawCodePanel(PanelContext& context);
void DrawCallStackPanel(PanelContext& context);
void DrawWebApisPanel(PanelContext& context);
void DrawTaskQueuesPanel(PanelContext& context);
void DrawMicrotasksPanel(PanelContext& context);
void DrawConsolePanel(PanelContext& context);
void DrawAgentsPanel(PanelContext& context);
void DrawTimelinePanel(PanelContext& context);
// Drawn inside the Code panel when the program is a task list.
void DrawTaskListEditor(PanelContext& context);

// Every panel, in PanelId order.
const std::array<PanelInfo, kPanelCount>& AllPanels();

}  // namespace th::ui
