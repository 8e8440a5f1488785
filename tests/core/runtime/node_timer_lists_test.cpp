// Node's timer-list order, including the cases where it differs from plain (due, creation).
#include "runtime/node_timer_lists.h"

#include <gtest/gtest.h>

#include <vector>

namespace th::runtime {
namespace {

// Runs a timers phase at `now`: the ids in the order they fire.
std::vector<std::uint32_t> Fire(NodeTimerLists& lists, std::int64_t now) {
  std::vector<std::uint32_t> fired;
  while (auto id = lists.NextDue(now)) {
    lists.Remove(*id);
    fired.push_back(*id);
  }
  return fired;
}

TEST(NodeTimerLists, EqualDelaysFireInCreationOrder) {
  NodeTimerLists lists;
  lists.Insert(1, 10, 0);
  lists.Insert(2, 10, 0);
  lists.Insert(3, 10, 0);
  EXPECT_EQ(Fire(lists, 10), (std::vector<std::uint32_t>{1, 2, 3}));
  EXPECT_TRUE(lists.Empty());
}

TEST(NodeTimerLists, ShorterDelayFirstAndNothingBeforeItsTime) {
  NodeTimerLists lists;
  lists.Insert(1, 100, 0);
  lists.Insert(2, 50, 0);
  EXPECT_TRUE(Fire(lists, 49).empty());
  EXPECT_EQ(lists.NextExpiry(), 50);
  EXPECT_EQ(Fire(lists, 50), (std::vector<std::uint32_t>{2}));
  EXPECT_EQ(Fire(lists, 100), (std::vector<std::uint32_t>{1}));
}

TEST(NodeTimerLists, SameExpiryGoesByListAge) {
  // A 10 ms timer at 0 and a 5 ms timer at 5 expire together; the older list fires first.
  NodeTimerLists lists;
  lists.Insert(1, 10, 0);
  lists.Insert(2, 5, 5);
  EXPECT_EQ(Fire(lists, 10), (std::vector<std::uint32_t>{1, 2}));
}

TEST(NodeTimerLists, ALaterTimerInADueListWaitsAndItsListIsRequeuedBehind) {
  // List 10 holds a timer due at 10 and one due at 15; list 5's timer is due at 12.
  NodeTimerLists lists;
  lists.Insert(1, 10, 0);
  lists.Insert(2, 10, 5);
  lists.Insert(3, 5, 7);
  EXPECT_EQ(Fire(lists, 12), (std::vector<std::uint32_t>{1, 3}));
  EXPECT_EQ(lists.NextExpiry(), 15);
  EXPECT_EQ(Fire(lists, 15), (std::vector<std::uint32_t>{2}));
}

TEST(NodeTimerLists, ClearingTheOnlyTimerEmptiesEverything) {
  NodeTimerLists lists;
  lists.Insert(1, 10, 0);
  lists.Remove(1);
  EXPECT_TRUE(lists.Empty());
  EXPECT_FALSE(lists.NextExpiry().has_value());
  EXPECT_TRUE(Fire(lists, 100).empty());
}

}  // namespace
}  // namespace th::runtime
