#pragma once
// The view's own state between frames (zoom, what it last scrolled to), kept by the Playground
// and never in the session or the model (STYLE.md, Tracy row), and never in function statics.

#include <cstdint>

#include "ui/panels/timeline_view.h"

namespace th::ui {

struct ViewState {
  TimelineView timeline;
  std::int64_t console_followed_step = -1;  // the step the console last scrolled to show
  std::int64_t code_followed_step = -1;     // the step the editor last scrolled to show
  bool task_tab_shown = false;              // the Code panel's task-list tab was the one open
  unsigned editor_id = 0;                   // the ImGui id of the text field of the file shown
  int picked_agent = -1;                    // the agent the learner picked in Agents (-1: all)
};

}  // namespace th::ui
