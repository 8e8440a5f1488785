// Task Queues: the macrotasks waiting, under the name of the loop phase that will run them.
#include <imgui.h>

#include "ui/panels/panels.h"
#include "ui/panels/widgets.h"

namespace th::ui {

void DrawTaskQueuesPanel(const session::State& state, const UiContext& ui) {
  const Accents& accents = AccentsFor(ui.settings.theme);
  if (state.agents.empty()) {
    EmptyHint(ui, "No program is running.");
    return;
  }
  // The main agent's loop; other agents get theirs in the Agents view.
  const session::AgentState& agent = state.agents.front();
  bool any = false;
  for (const session::TaskQueue& queue : agent.task_queues) {
    ImGui::PushID(queue.name.c_str());
    SectionLabel(ui, queue.name, queue.items.size());
    QueueItems(ui, queue.items, accents.task_queues);
    any = any || !queue.items.empty();
    ImGui::PopID();
  }
  if (!any) {
    ImGui::Spacing();
    EmptyHint(ui, state.profile == session::Profile::Node
                      ? "Each turn of Node's event loop visits these phases in order and runs "
                        "what is waiting in each."
                      : "The browser takes one task at a time from this queue.");
  }
}

}  // namespace th::ui
