// Web APIs: what is being waited for outside the thread: timers with a countdown, and I/O.
#include <imgui.h>

#include <string_view>

#include <cstdio>
#include <vector>

#include "ui/panels/panels.h"
#include "ui/panels/widgets.h"
#include "ui/view_model.h"

namespace th::ui {

namespace {

// One waiting thing, whichever agent and list it belongs to: rows are precomputed so the list
// goes through ImGuiListClipper (a run can have thousands of pending timers).
struct WaitRow {
  const trace::AgentState* agent;
  const trace::PendingTimer* timer;  // or
  const trace::PendingIo* io;
};

void DrawWaitRow(const WaitRow& row, bool name_agent, double now_ms, const UiContext& ui, ImU32 accent) {
  const std::string_view label = row.timer ? row.timer->label : row.io->label;
  const double created = row.timer ? row.timer->created_ms : row.io->started_ms;
  const double due = row.timer ? row.timer->due_ms : row.io->done_ms;
  const char* kind = row.io ? "I/O" : row.timer->repeating ? "setInterval" : "setTimeout";
  const auto [done, left] = TimerCountdown(created, due, now_ms);
  ImGui::PushFont(ui.fonts.code);
  if (name_agent) {
    ImGui::TextDisabled("%s:", row.agent->name.c_str());
    ImGui::SameLine();
  }
  ImGui::TextUnformatted(label.data(), label.data() + label.size());
  ImGui::PopFont();
  // Short enough for a narrow panel; the whole story is in the tooltip.
  char overlay[64];
  std::snprintf(overlay, sizeof overlay, "%s in %s", kind, FormatTime(left).c_str());
  ImGui::PushStyleColor(ImGuiCol_PlotHistogram, (accent & 0x00FFFFFF) | 0xB0000000);
  ImGui::ProgressBar(static_cast<float>(done), ImVec2(-1, 0), overlay);
  ImGui::PopStyleColor();
  if (ImGui::IsItemHovered()) {
    ImGui::SetTooltip("%s: set at %s, due at %s (in %s).\nIt waits here, off the thread; when due, its callback joins a task queue.",
                      kind, FormatTime(created).c_str(), FormatTime(due).c_str(), FormatTime(left).c_str());
  }
  ImGui::Dummy(ImVec2(0, 2.0f * ui.scale));
}

}  // namespace

void DrawWebApisPanel(PanelContext& context) {
  const trace::State& state = context.State();
  const Accents& accents = AccentsFor(context.ui.settings.theme);
  std::vector<WaitRow> rows;
  for (const trace::AgentState& agent : state.agents) {
    if (!context.ShowsAgent(agent)) continue;
    for (const trace::PendingTimer& timer : agent.timers) rows.push_back({&agent, &timer, nullptr});
    for (const trace::PendingIo& io : agent.io) rows.push_back({&agent, nullptr, &io});
  }
  if (rows.empty()) {
    EmptyHint(context.ui, "No timers or I/O pending. setTimeout, setInterval and io() wait here, "
                          "off the thread, until they are due.");
    return;
  }
  const bool several = state.agents.size() > 1;
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(rows.size()));  // the first row's height measures them all
  while (clipper.Step()) {
    for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
      const WaitRow& row = rows[static_cast<std::size_t>(i)];
      ImGui::PushID(row.agent->id);
      ImGui::PushID(static_cast<int>(row.timer ? row.timer->id : row.io->id + 0x40000000u));
      DrawWaitRow(row, several, state.time_ms, context.ui, accents.web_apis);
      ImGui::PopID();
      ImGui::PopID();
    }
  }
}

}  // namespace th::ui
