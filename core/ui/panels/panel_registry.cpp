#include "ui/panels/panels.h"

namespace th::ui {

const std::array<PanelInfo, kPanelCount>& AllPanels() {
  static const std::array<PanelInfo, kPanelCount> kPanels = {{
      {PanelId::Code, "Code", "the blueprint: a plan, nothing built yet", &Accents::code,
       DrawCodePanel},
      {PanelId::CallStack, "Call Stack", "what the one worker is doing right now",
       &Accents::call_stack, DrawCallStackPanel},
      {PanelId::WebApis, "Web APIs", "water boiling, laundry spinning: waits the worker does not stand at",
       &Accents::web_apis, DrawWebApisPanel},
      {PanelId::TaskQueues, "Task Queues", "scheduled chores, one at a time", &Accents::task_queues,
       DrawTaskQueuesPanel},
      {PanelId::Microtasks, "Microtasks", "urgent chores, all done before the next scheduled one",
       &Accents::microtasks, DrawMicrotasksPanel},
      {PanelId::Console, "Console", "what the house reports", &Accents::console, DrawConsolePanel},
      {PanelId::Timeline, "Timeline", "who worked when, in every house", &Accents::timeline,
       DrawTimelinePanel},
  }};
  return kPanels;
}

}  // namespace th::ui
