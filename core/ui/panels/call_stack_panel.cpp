// Call Stack: per agent, the frames being run, innermost on top.
#include <imgui.h>

#include <string>
#include <vector>

#include "ui/panels/panels.h"
#include "ui/panels/widgets.h"

namespace th::ui {

void DrawCallStackPanel(PanelContext& context) {
  const trace::State& state = context.State();
  const Accents& accents = AccentsFor(context.ui.settings.theme);
  bool any_frame = false;
  std::vector<trace::QueueItem> frames;
  std::vector<std::string> texts;  // what the items' labels view: kept until they are drawn
  for (const trace::AgentState& agent : state.agents) {
    if (agent.stack.empty() || !context.ShowsAgent(agent)) continue;
    any_frame = true;
    ImGui::PushID(agent.id);
    if (context.NamesAgents()) SectionLabel(context.ui, agent.name, agent.stack.size());
    frames.clear();
    texts.clear();
    texts.reserve(agent.stack.size());  // no reallocation: the items view these strings
    for (auto frame = agent.stack.rbegin(); frame != agent.stack.rend(); ++frame) {
      texts.push_back(frame->function + "   " + frame->file + ":" + std::to_string(frame->line));
      trace::QueueItem item;
      item.label = texts.back();
      item.reason = frame == agent.stack.rbegin() ? "running now" : "waiting for the call above it to return";
      frames.push_back(item);
    }
    QueueItems(context.ui, frames, accents.call_stack);
    ImGui::PopID();
  }
  if (!any_frame) {
    EmptyHint(context.ui, "Empty: no JavaScript is running. When a function is called it is pushed "
                          "here; when it returns it is popped off.");
  }
}

}  // namespace th::ui
