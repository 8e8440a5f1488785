// Agents: the threads and processes of the run (main, workers, child processes), each with its
// status, pid and exit code; one row per agent, level with its lane in the timeline beside it
// (the same agents in the same order, laid out by the same ComputeLaneLayout). An agent the run
// starts later is listed from the beginning, greyed, as "not started yet".
#include <imgui.h>
#include <imgui_internal.h>  // RenderTextEllipsis

#include "ui/panels/panels.h"
#include "ui/panels/timeline_view.h"
#include "ui/panels/widgets.h"
#include "ui/view_model.h"

namespace th::ui {

namespace {

ImU32 StatusColour(const trace::AgentState& agent, const Accents& accents) {
  switch (agent.status) {
    case trace::AgentStatus::Running: return accents.call_stack;
    case trace::AgentStatus::Busy: return accents.error;
    case trace::AgentStatus::Idle:
    case trace::AgentStatus::Blocked: return accents.muted_text;
    case trace::AgentStatus::Exited: return agent.exit_code == 0 ? accents.console : accents.error;
  }
  return accents.muted_text;
}

}  // namespace

void DrawAgentsPanel(PanelContext& context) {
  const trace::State& state = context.State();
  const Accents& accents = AccentsFor(context.ui.settings.theme);
  const float scale = context.ui.scale;
  if (state.agents.empty()) {
    EmptyHint(context.ui, "No program is running.");
    return;
  }
  const std::vector<AgentRow> rows = AgentRows(state, context.input.trace, context.input.timeline);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  const float line = ImGui::GetTextLineHeight();
  const LaneLayout layout = ComputeLaneLayout(avail.y, rows.size(), line, scale);
  // Over the rows, level with the timeline's time axis: what the columns are.
  draw->AddText(origin, accents.muted_text, "agent  \xc2\xb7  status");
  const float dot = 4.0f * scale;
  const bool pid_fits = avail.x > 200.0f * scale;
  for (const AgentRow& row : rows) {
    ImGui::PushID(row.agent);
    const float top = origin.y + layout.Top(static_cast<std::size_t>(row.agent));
    const float middle = top + layout.row_height * 0.5f;
    const ImVec2 row_min(origin.x, top), row_max(origin.x + avail.x, top + layout.row_height);
    const bool picked = context.view.picked_agent == row.agent;
    draw->AddRectFilled(row_min, row_max, ImGui::GetColorU32(picked ? ImGuiCol_FrameBgActive : ImGuiCol_FrameBg), 3.0f * scale);
    if (picked) draw->AddRect(row_min, row_max, accents.call_stack, 3.0f * scale, 0, 1.5f * scale);
    const trace::AgentState* agent = row.state;
    const ImU32 colour = agent ? StatusColour(*agent, accents) : accents.muted_text;
    draw->AddCircleFilled(ImVec2(origin.x + 3 * dot, middle), dot, colour, 12);
    // Name, then status (and pid when there is room), on one line centred in the row.
    const std::string status = agent ? AgentStatusText(*agent) : "not started yet";
    std::string detail = status;
    if (agent && pid_fits) detail += "  \xc2\xb7  pid " + std::to_string(agent->pid);
    const float text_y = middle - line * 0.5f;
    const float name_x = origin.x + 6 * dot;
    const float name_width = ImGui::CalcTextSize(row.name.c_str()).x;
    draw->PushClipRect(row_min, row_max, true);
    draw->AddText(ImVec2(name_x, text_y), agent ? ImGui::GetColorU32(ImGuiCol_Text) : accents.muted_text, row.name.c_str());
    const float detail_x = name_x + name_width + 8.0f * scale;
    ImGui::PushStyleColor(ImGuiCol_Text, accents.muted_text);
    ImGui::RenderTextEllipsis(draw, ImVec2(detail_x, text_y), ImVec2(row_max.x - 4.0f * scale, text_y + line),
                              row_max.x - 4.0f * scale, row_max.x - 4.0f * scale, detail.c_str(), nullptr, nullptr);
    ImGui::PopStyleColor();
    draw->PopClipRect();
    ImGui::SetCursorScreenPos(row_min);
    // A click picks the agent whose queues the other panels show; a second click shows all again.
    if (ImGui::InvisibleButton("row", ImVec2(avail.x, layout.row_height)) && agent) {
      context.view.picked_agent = picked ? -1 : row.agent;
    }
    if (ImGui::IsItemHovered()) {
      if (!agent) {
        ImGui::SetTooltip("%s: not started yet at this step; its lane in the timeline shows when it will run.",
                          row.name.c_str());
      } else {
        // A worker thread shares its process's pid; a child process has its own.
        const bool process = agent->id == 0 || agent->pid != state.agents.front().pid;
        ImGui::SetTooltip("%s: %s, pid %d\n%s\n%s", row.name.c_str(), status.c_str(), agent->pid,
                          process ? "A process: a house of its own, with its own memory and event loop."
                                  : "A worker thread: another worker in the same house (same pid), with its own event loop.",
                          picked ? "Click to show every agent in the other panels again."
                                 : "Click to show only this agent's call stack and queues in the other panels.");
      }
    }
    ImGui::PopID();
  }
}

}  // namespace th::ui
