#pragma once
// Colours and spacing. Each concept has one accent colour used everywhere it appears (the call
// stack's amber in its panel title, its timeline slices and its legend), so a learner can follow
// a colour from panel to panel.

#include <imgui.h>

#include "ui/ui_context.h"

namespace th::ui {

struct Accents {
  ImU32 code;
  ImU32 call_stack;
  ImU32 web_apis;
  ImU32 task_queues;
  ImU32 microtasks;
  ImU32 console;
  ImU32 timeline;
  ImU32 error;
  ImU32 muted_text;  // placeholders and secondary labels
  // Syntax colours of the editor.
  ImU32 syntax_keyword;
  ImU32 syntax_builtin;
  ImU32 syntax_string;
  ImU32 syntax_number;
  ImU32 syntax_comment;
  // The current line of each agent: one colour per agent (cycled), agent 0 first.
  ImU32 agent_lines[4];
};

// Applies the theme to ImGui's style at the given content scale.
void ApplyTheme(Theme theme, float scale);

// The accent colours of the theme.
const Accents& AccentsFor(Theme theme);

}  // namespace th::ui
