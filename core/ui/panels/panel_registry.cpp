#include "ui/panels/panels.h"

namespace th::ui {

// The analogies come from the seed texts: the house with one worker, the urgent and scheduled
// chores, the restaurant with its chefs, and another house (or branch) next door.
const std::array<PanelInfo, kPanelCount>& AllPanels() {
  static const std::array<PanelInfo, kPanelCount> kPanels = {{
      {PanelId::Code, "Code", "the blueprint: a plan of what goes where, nothing built yet",
       &Accents::code, DrawCodePanel},
      {PanelId::CallStack, "Call Stack", "what the worker in the house is doing right now",
       &Accents::call_stack, DrawCallStackPanel},
      {PanelId::WebApis, "Web APIs", "water boiling, laundry spinning: waits the worker does not stand at",
       &Accents::web_apis, DrawWebApisPanel},
      {PanelId::TaskQueues, "Task Queues", "scheduled chores (laundry, groceries), one at a time",
       &Accents::task_queues, DrawTaskQueuesPanel},
      {PanelId::Microtasks, "Microtasks", "urgent chores (check the mailbox), all done before the next scheduled one",
       &Accents::microtasks, DrawMicrotasksPanel},
      {PanelId::Console, "Console", "what the house reports", &Accents::console, DrawConsolePanel},
      {PanelId::Agents, "Agents", "the workers (threads) and the houses next door (processes)",
       &Accents::timeline, DrawAgentsPanel},
      {PanelId::Timeline, "Timeline", "who worked when, in every house", &Accents::timeline,
       DrawTimelinePanel},
  }};
  return kPanels;
}

}  // namespace th::ui
