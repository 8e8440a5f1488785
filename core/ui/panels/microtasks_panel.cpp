// Microtasks: Node's nextTick queue above the microtask queue; both are emptied after every
// task, nextTicks first.
#include <imgui.h>

#include "ui/panels/panels.h"
#include "ui/panels/widgets.h"

namespace th::ui {

void DrawMicrotasksPanel(PanelContext& context) {
  const trace::State& state = context.State();
  const Accents& accents = AccentsFor(context.ui.settings.theme);
  if (state.agents.empty()) {
    EmptyHint(context.ui, "No program is running.");
    return;
  }
  bool any = false;
  for (const trace::AgentState& agent : state.agents) {
    if (!context.ShowsAgent(agent)) continue;
    const bool several = context.NamesAgents();
    if (several && context.view.picked_agent < 0 && agent.next_ticks.empty() && agent.microtasks.empty()) continue;
    ImGui::PushID(agent.id);
    if (several) ImGui::SeparatorText(agent.name.c_str());
    if (state.profile == trace::Profile::Node) {
      SectionLabel(context.ui, "process.nextTick", agent.next_ticks.size());
      QueueItems(context.ui, agent.next_ticks, accents.microtasks);
      ImGui::Spacing();
    }
    SectionLabel(context.ui, "promise jobs", agent.microtasks.size());
    QueueItems(context.ui, agent.microtasks, accents.microtasks);
    any = any || !agent.next_ticks.empty() || !agent.microtasks.empty();
    ImGui::PopID();
  }
  if (!any) {
    ImGui::Spacing();
    EmptyHint(context.ui, "Promise callbacks, await and queueMicrotask wait here. After each task the "
                          "loop runs every one of them before it takes the next task.");
  }
}

}  // namespace th::ui
