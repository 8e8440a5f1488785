#include "session/state.h"

#include <utility>

namespace th::session {

namespace {

// The queues a fresh agent has, in the order its event loop visits them.
std::vector<TaskQueue> EmptyTaskQueues(Profile profile) {
  if (profile == Profile::Browser) return {TaskQueue{"task queue", {}}};
  return {TaskQueue{"timers", {}}, TaskQueue{"pending", {}}, TaskQueue{"poll", {}},
          TaskQueue{"check", {}}, TaskQueue{"close", {}}};
}

}  // namespace

State InitialState(std::vector<SourceFile> files, Profile profile) {
  State state;
  state.profile = profile;
  state.files = std::move(files);
  AgentState main_agent;
  main_agent.id = 0;
  main_agent.name = "main";
  main_agent.pid = 4242;
  main_agent.task_queues = EmptyTaskQueues(profile);
  state.agents.push_back(std::move(main_agent));
  state.explanation = "Press Step to run the first line of the program.";
  return state;
}

}  // namespace th::session
