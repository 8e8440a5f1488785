// Timeline: a lane per agent over virtual time, with the current moment marked.
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "ui/panels/panels.h"
#include "ui/panels/widgets.h"

namespace th::ui {

namespace {

// A tick spacing of 1, 2 or 5 times a power of ten that gives roughly `target` ticks.
double NiceTickStep(double span, int target) {
  const double raw = span / std::max(target, 1);
  const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
  for (double factor : {1.0, 2.0, 5.0, 10.0}) {
    if (raw <= factor * magnitude) return factor * magnitude;
  }
  return 10.0 * magnitude;
}

}  // namespace

void DrawTimelinePanel(const session::State& state, const UiContext& ui) {
  const Accents& accents = AccentsFor(ui.settings.theme);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  if (avail.x < 10 || avail.y < 10) return;
  ImGui::InvisibleButton("timeline", avail);

  const float label_width = 90.0f * ui.scale;
  const float axis_height = ImGui::GetTextLineHeight() + 4.0f * ui.scale;
  const float lane_height = 22.0f * ui.scale;
  const float plot_x = origin.x + label_width;
  const float plot_width = avail.x - label_width;

  // The axis spans the run so far, and at least 10 ms so an empty run still reads as time.
  const double span_ms = std::max(state.time_ms * 1.1, 10.0);
  const double step = NiceTickStep(span_ms, std::max(2, static_cast<int>(plot_width / (90.0f * ui.scale))));
  const ImU32 grid = ImGui::GetColorU32(ImGuiCol_Border);
  char label[32];
  for (double t = 0; t <= span_ms; t += step) {
    const float x = plot_x + static_cast<float>(t / span_ms) * plot_width;
    draw->AddLine(ImVec2(x, origin.y + axis_height), ImVec2(x, origin.y + avail.y), grid);
    std::snprintf(label, sizeof label, "%g ms", t);
    draw->AddText(ImVec2(x + 3.0f * ui.scale, origin.y), accents.muted_text, label);
  }

  float lane_y = origin.y + axis_height + 4.0f * ui.scale;
  for (const session::AgentState& agent : state.agents) {
    draw->AddText(ImVec2(origin.x, lane_y + 2.0f * ui.scale), ImGui::GetColorU32(ImGuiCol_Text),
                  agent.name.c_str());
    draw->AddRectFilled(ImVec2(plot_x, lane_y), ImVec2(plot_x + plot_width, lane_y + lane_height),
                        ImGui::GetColorU32(ImGuiCol_FrameBg), 3.0f * ui.scale);
    lane_y += lane_height + 4.0f * ui.scale;
  }

  const float now_x = plot_x + static_cast<float>(state.time_ms / span_ms) * plot_width;
  draw->AddLine(ImVec2(now_x, origin.y + axis_height), ImVec2(now_x, origin.y + avail.y),
                accents.call_stack, 2.0f * ui.scale);
  if (state.step_count == 0) {
    ImGui::SetCursorScreenPos(ImVec2(plot_x + 8.0f * ui.scale, lane_y + 2.0f * ui.scale));
    EmptyHint(ui, "Run the program to see when each agent runs, waits and sleeps.");
  }
}

}  // namespace th::ui
