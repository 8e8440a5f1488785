// Agents: the threads and processes of the run (main, workers, child processes), each with its
// status, pid and exit code; one row per agent, level with its lane in the timeline.
#include <imgui.h>

#include "ui/panels/panels.h"
#include "ui/panels/widgets.h"
#include "ui/view_model.h"

namespace th::ui {

namespace {

ImU32 StatusColour(const session::AgentState& agent, const Accents& accents) {
  switch (agent.status) {
    case session::AgentStatus::Running: return accents.call_stack;
    case session::AgentStatus::Busy: return accents.error;
    case session::AgentStatus::Idle: return accents.muted_text;
    case session::AgentStatus::Exited: return agent.exit_code == 0 ? accents.console : accents.error;
  }
  return accents.muted_text;
}

}  // namespace

void DrawAgentsPanel(PanelContext& context) {
  const session::State& state = context.State();
  const Accents& accents = AccentsFor(context.ui.settings.theme);
  if (state.agents.empty()) {
    EmptyHint(context.ui, "No program is running.");
    return;
  }
  const float dot = 4.0f * context.ui.scale;
  for (const session::AgentState& agent : state.agents) {
    ImGui::PushID(agent.id);
    const ImVec2 start = ImGui::GetCursorScreenPos();
    const float line = ImGui::GetTextLineHeight();
    ImGui::GetWindowDrawList()->AddCircleFilled(start + ImVec2(dot, line * 0.5f), dot, StatusColour(agent, accents));
    ImGui::SetCursorScreenPos(start + ImVec2(3 * dot, 0));
    ImGui::TextUnformatted(agent.name.c_str());
    ImGui::PushStyleColor(ImGuiCol_Text, accents.muted_text);
    const std::string status = AgentStatusText(agent);
    const std::string detail = status + "  \xc2\xb7  pid " + std::to_string(agent.pid);
    ImGui::SameLine();
    // The pid only when there is room; the tooltip always has it.
    const bool room = ImGui::GetContentRegionAvail().x > ImGui::CalcTextSize(detail.c_str()).x;
    ImGui::TextUnformatted(room ? detail.c_str() : status.c_str());
    ImGui::PopStyleColor();
    if (ImGui::IsItemHovered()) {
      // A worker thread shares its process's pid; a child process has its own.
      const bool process = agent.id == 0 || agent.pid != state.agents.front().pid;
      ImGui::SetTooltip("%s: %s, pid %d\n%s", agent.name.c_str(), status.c_str(), agent.pid,
                        process ? "A process: a house of its own, with its own memory and event loop."
                                : "A worker thread: another worker in the same house (same pid), with its own event loop.");
    }
    ImGui::PopID();
  }
}

}  // namespace th::ui
