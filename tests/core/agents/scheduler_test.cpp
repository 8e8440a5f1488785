// The deterministic scheduler: the agent furthest behind runs, for no longer than nothing else
// could reach it; ties go by the seed.
#include "agents/scheduler.h"

#include <gtest/gtest.h>

#include <set>
#include <vector>

namespace th::agents {
namespace {

SchedulerOptions Options(std::uint64_t seed = 1) {
  SchedulerOptions options;
  options.seed = seed;
  options.lookahead_ns = 50'000;
  options.ns_per_instruction = 1.0;
  options.switch_interval = 100;
  return options;
}

TEST(Scheduler, TheAgentFurthestBehindRuns) {
  Scheduler scheduler(Options());
  const std::vector<Candidate> candidates = {{0, 3'000'000, true}, {1, 1'000'000, false}, {2, std::nullopt, false}};
  const auto slice = scheduler.Next(candidates, 1'000'000, false);
  ASSERT_TRUE(slice);
  EXPECT_EQ(slice->agent, 1);
  EXPECT_EQ(slice->start_ns, 1'000'000);
}

TEST(Scheduler, NoSliceLastsLongerThanTheLookahead) {
  Scheduler scheduler(Options());
  const std::vector<Candidate> candidates = {{0, 0, true}, {1, std::nullopt, false}};
  const auto slice = scheduler.Next(candidates, 1'000'000, false);
  ASSERT_TRUE(slice);
  EXPECT_EQ(slice->budget, 50'000u);
  EXPECT_EQ(slice->horizon_ns, 50'000);
}

TEST(Scheduler, ALoneAgentRunsAsLongAsItLikes) {
  Scheduler scheduler(Options());
  const std::vector<Candidate> candidates = {{0, 0, true}};
  const auto slice = scheduler.Next(candidates, 1'000'000, false);
  ASSERT_TRUE(slice);
  EXPECT_EQ(slice->budget, 1'000'000u);
}

TEST(Scheduler, NobodyCanRunWhenEveryoneWaitsForAMessage) {
  Scheduler scheduler(Options());
  const std::vector<Candidate> candidates = {{0, std::nullopt, false}, {1, std::nullopt, false}};
  EXPECT_FALSE(scheduler.Next(candidates, 1000, false));
}

TEST(Scheduler, TiesGoInAnOrderTheSeedDecides) {
  const std::vector<Candidate> candidates = {{0, 5, true}, {1, 5, true}, {2, 5, true}};
  std::set<int> firsts;
  for (std::uint64_t seed = 1; seed <= 20; ++seed) {
    Scheduler a(Options(seed)), b(Options(seed));
    const auto from_a = a.Next(candidates, 1000, false);
    const auto from_b = b.Next(candidates, 1000, false);
    ASSERT_TRUE(from_a && from_b);
    EXPECT_EQ(from_a->agent, from_b->agent) << "the same seed, the same choice";
    firsts.insert(from_a->agent);
  }
  EXPECT_GT(firsts.size(), 1u) << "different seeds choose differently";
}

TEST(Scheduler, SharedMemoryMakesShortSeededSlices) {
  Scheduler scheduler(Options());
  const std::vector<Candidate> candidates = {{0, 0, true}, {1, 10, true}};
  for (int i = 0; i < 50; ++i) {
    const auto slice = scheduler.Next(candidates, 1'000'000, true);
    ASSERT_TRUE(slice);
    EXPECT_GE(slice->budget, 1u);
    EXPECT_LE(slice->budget, 100u);
  }
}

}  // namespace
}  // namespace th::agents
