// Task Queues: the macrotasks waiting, under the name of the loop phase that will run them.
#include <imgui.h>

#include <string>

#include "ui/panels/panels.h"
#include "ui/panels/widgets.h"

namespace th::ui {

namespace {

// What each of Node's phases holds, for the tooltip on its name (libuv's phase list).
const char* PhaseMeaning(const std::string& name) {
  if (name == "timers") return "setTimeout and setInterval callbacks whose time has come";
  if (name == "pending") return "I/O callbacks deferred from the previous loop turn";
  if (name == "poll") return "I/O completions and messages from other agents";
  if (name == "check") return "setImmediate callbacks";
  if (name == "close") return "'close' handlers";
  return "tasks, one at a time, with a microtask checkpoint after each";
}

}  // namespace

void DrawTaskQueuesPanel(PanelContext& context) {
  const trace::State& state = context.State();
  const Accents& accents = AccentsFor(context.ui.settings.theme);
  if (state.agents.empty()) {
    EmptyHint(context.ui, "No program is running.");
    return;
  }
  bool any = false;
  for (const trace::AgentState& agent : state.agents) {
    if (agent.status == trace::AgentStatus::Exited || !context.ShowsAgent(agent)) continue;
    ImGui::PushID(agent.id);
    const bool several = context.NamesAgents();
    if (several) ImGui::SeparatorText(agent.name.c_str());
    // In a small embed, or with several agents, only the queues that hold something get a
    // section; the empty ones are named on one line, in the order the loop visits them, so each
    // agent fits.
    const bool fold_empty = several || context.compact;
    std::string empty;
    for (const trace::TaskQueue& queue : agent.task_queues) {
      if (fold_empty && queue.items.empty()) {
        empty += (empty.empty() ? "" : ", ") + queue.name;
        continue;
      }
      ImGui::PushID(queue.name.c_str());
      SectionLabel(context.ui, queue.name, queue.items.size());
      if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", PhaseMeaning(queue.name));
      QueueItems(context.ui, queue.items, accents.task_queues);
      any = any || !queue.items.empty();
      ImGui::PopID();
    }
    if (fold_empty && !empty.empty()) {
      ImGui::PushStyleColor(ImGuiCol_Text, accents.muted_text);
      ImGui::PushTextWrapPos(0.0f);
      ImGui::Text("empty: %s", empty.c_str());
      ImGui::PopTextWrapPos();
      ImGui::PopStyleColor();
      if (ImGui::IsItemHovered()) {
        ImGui::SetTooltip("%s", state.profile == trace::Profile::Node
                                    ? "Node's loop phases, in the order each turn of the loop visits them"
                                    : "The browser's task queue");
      }
    }
    ImGui::PopID();
  }
  if (!any) {
    ImGui::Spacing();
    EmptyHint(context.ui, state.profile == trace::Profile::Node
                              ? "Each turn of Node's event loop visits these phases in order and runs "
                                "what is waiting in each."
                              : "The browser takes one task at a time from this queue.");
  }
}

}  // namespace th::ui
