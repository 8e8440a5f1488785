// Time travel: the state at step N is the same whether it is computed directly, reached by
// stepping forward from step 0, or by stepping back from the end.
#include <gtest/gtest.h>

#include <random>

#include "state_equality.h"
#include "synthetic_trace.h"
#include "trace/seeker.h"

namespace th::trace {
namespace {

using testing::SameState;
using testing::SyntheticTrace;

class SeekerOnSyntheticRun : public ::testing::TestWithParam<std::uint32_t> {
 protected:
  SeekerOnSyntheticRun() : trace({{"main.js", ""}}, session::Profile::Node) {
    SyntheticTrace(GetParam()).Fill(trace, 5000);
  }
  Trace trace;
};

TEST_P(SeekerOnSyntheticRun, ForwardBackwardAndDirectAgree) {
  // A small interval so that many checkpoints are crossed.
  Seeker forward(trace, 64);
  std::vector<session::State> expected;
  for (std::size_t step = 0; step <= trace.Size(); ++step) expected.push_back(forward.Seek(step));

  Seeker backward(trace, 64);
  for (std::size_t step = trace.Size() + 1; step-- > 0;) {
    ASSERT_TRUE(SameState(backward.Seek(step), expected[step]));
  }

  Seeker direct(trace, 64);
  std::mt19937 random(GetParam());
  for (int i = 0; i < 500; ++i) {
    const std::size_t step = random() % (trace.Size() + 1);
    ASSERT_TRUE(SameState(direct.Seek(step), expected[step]));
  }
}

TEST_P(SeekerOnSyntheticRun, ConsoleAtAStepIsWhatWasPrintedBeforeIt) {
  Seeker seeker(trace);
  for (std::size_t step : {std::size_t{0}, trace.Size() / 3, trace.Size()}) {
    const session::State& state = seeker.Seek(step);
    for (const session::ConsoleLine& line : state.console) EXPECT_LE(line.step, static_cast<std::int64_t>(step));
    std::size_t printed = 0;
    for (std::size_t i = 0; i < step; ++i) printed += trace.At(i).kind == EventKind::Console;
    EXPECT_EQ(state.console.size(), printed);
  }
}

INSTANTIATE_TEST_SUITE_P(Seeds, SeekerOnSyntheticRun, ::testing::Values(1u, 2u, 3u));

TEST(Seeker, CheckpointsAreMadeOnTheWayAndSeekBeyondTheEndIsClamped) {
  Trace trace({{"main.js", ""}}, session::Profile::Node);
  SyntheticTrace(7).Fill(trace, 10000);
  Seeker seeker(trace, 1000);
  EXPECT_EQ(seeker.Seek(trace.Size() + 50).step, static_cast<std::int64_t>(trace.Size()));
  EXPECT_EQ(seeker.CheckpointCount(), trace.Size() / 1000 + 1);
}

TEST(Seeker, CatchUpCheckpointsAGrowingTraceWithoutChangingWhatSeeksShow) {
  Trace trace({{"main.js", ""}}, session::Profile::Node);
  testing::SyntheticTrace(11).Fill(trace, 3000);
  Seeker growing(trace, 100);
  growing.CatchUp();
  EXPECT_EQ(growing.CheckpointCount(), trace.Size() / 100 + 1);
  Seeker lazy(trace, 100);
  for (std::size_t step : {std::size_t{2999}, std::size_t{5}, std::size_t{1234}}) {
    ASSERT_TRUE(SameState(growing.Seek(step), lazy.Seek(step)));
  }
}

TEST(Trace, EventsAreThirtyTwoBytes) { EXPECT_EQ(sizeof(Event), 32u); }

TEST(Trace, InterningGivesOneIdPerText) {
  Trace trace({}, session::Profile::Node);
  const std::uint32_t a = trace.Intern("then-callback");
  EXPECT_EQ(trace.Intern("then-callback"), a);
  EXPECT_NE(trace.Intern("other"), a);
  EXPECT_EQ(trace.String(a), "then-callback");
  EXPECT_EQ(trace.String(0), "");
}

}  // namespace
}  // namespace th::trace
