// Web APIs: what is being waited for outside the thread: timers with a countdown, and I/O.
#include <imgui.h>

#include <algorithm>
#include <cstdio>

#include "ui/panels/panels.h"
#include "ui/panels/widgets.h"

namespace th::ui {

namespace {

void TimerRow(const session::PendingTimer& timer, double now_ms, const UiContext& ui, ImU32 accent) {
  const double total = std::max(timer.due_ms - timer.created_ms, 1e-9);
  const double left = std::max(timer.due_ms - now_ms, 0.0);
  char overlay[64];
  std::snprintf(overlay, sizeof overlay, "due in %.0f ms", left);
  ImGui::PushFont(ui.fonts.code);
  ImGui::TextUnformatted(timer.label.c_str());
  ImGui::PopFont();
  ImGui::PushStyleColor(ImGuiCol_PlotHistogram, accent);
  ImGui::ProgressBar(static_cast<float>(1.0 - left / total), ImVec2(-1, 0), overlay);
  ImGui::PopStyleColor();
}

}  // namespace

void DrawWebApisPanel(const session::State& state, const UiContext& ui) {
  const Accents& accents = AccentsFor(ui.settings.theme);
  bool any = false;
  for (const session::AgentState& agent : state.agents) {
    ImGui::PushID(agent.id);
    for (std::size_t i = 0; i < agent.timers.size(); ++i) {
      ImGui::PushID(static_cast<int>(i));
      TimerRow(agent.timers[i], state.time_ms, ui, accents.web_apis);
      ImGui::PopID();
      any = true;
    }
    for (std::size_t i = 0; i < agent.io.size(); ++i) {
      ImGui::PushID(static_cast<int>(1000000 + i));
      const session::PendingIo& io = agent.io[i];
      TimerRow({io.label, io.started_ms, io.done_ms, false}, state.time_ms, ui, accents.web_apis);
      ImGui::PopID();
      any = true;
    }
    ImGui::PopID();
  }
  if (!any) {
    EmptyHint(ui, "No timers or I/O pending. setTimeout, setInterval and io() wait here, off the "
                  "thread, until they are due.");
  }
}

}  // namespace th::ui
