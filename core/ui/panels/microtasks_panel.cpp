// Microtasks: Node's nextTick queue above the microtask queue; both are emptied after every
// task, nextTicks first.
#include <imgui.h>

#include "ui/panels/panels.h"
#include "ui/panels/widgets.h"

namespace th::ui {

void DrawMicrotasksPanel(const session::State& state, const UiContext& ui) {
  const Accents& accents = AccentsFor(ui.settings.theme);
  if (state.agents.empty()) {
    EmptyHint(ui, "No program is running.");
    return;
  }
  const session::AgentState& agent = state.agents.front();
  if (state.profile == session::Profile::Node) {
    SectionLabel(ui, "process.nextTick", agent.next_ticks.size());
    QueueItems(ui, agent.next_ticks, accents.microtasks);
    ImGui::Spacing();
  }
  SectionLabel(ui, "promise jobs", agent.microtasks.size());
  QueueItems(ui, agent.microtasks, accents.microtasks);
  if (agent.next_ticks.empty() && agent.microtasks.empty()) {
    ImGui::Spacing();
    EmptyHint(ui, "Promise callbacks and queueMicrotask wait here. After each task the loop "
                  "runs every one of them before it takes the next task.");
  }
}

}  // namespace th::ui
