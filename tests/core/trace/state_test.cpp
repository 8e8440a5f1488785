#include "trace/state.h"

#include <gtest/gtest.h>

namespace th::trace {
namespace {

std::vector<std::string> QueueNames(const AgentState& agent) {
  std::vector<std::string> names;
  for (const TaskQueue& queue : agent.task_queues) names.push_back(queue.name);
  return names;
}

TEST(InitialState, NodeAgentHasTheLoopPhasesInOrder) {
  const State state = InitialState({{"main.js", "console.log(1)"}}, Profile::Node);
  ASSERT_EQ(state.agents.size(), 1u);
  EXPECT_EQ(state.agents[0].name, "main");
  EXPECT_EQ(QueueNames(state.agents[0]),
            (std::vector<std::string>{"timers", "pending", "poll", "check", "close"}));
  EXPECT_EQ(state.files.size(), 1u);
  EXPECT_EQ(state.step, 0);
  EXPECT_EQ(state.position.file, -1);
  EXPECT_FALSE(state.explanation.empty());
}

TEST(InitialState, BrowserAgentHasOneTaskQueue) {
  const State state = InitialState({}, Profile::Browser);
  EXPECT_EQ(QueueNames(state.agents[0]), (std::vector<std::string>{"task queue"}));
}

}  // namespace
}  // namespace th::trace
