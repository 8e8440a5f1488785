// Time travel: the state at step N is the same whether it is computed directly, reached by
// stepping forward from step 0, or by stepping back from the end.
#include <gtest/gtest.h>

#include <random>

#include "state_equality.h"
#include "synthetic_trace.h"
#include "trace/event_store.h"
#include "trace/seeker.h"

namespace th::trace {
namespace {

using testing::SameState;
using testing::SyntheticTrace;

class SeekerOnSyntheticRun : public ::testing::TestWithParam<std::uint32_t> {
 protected:
  SeekerOnSyntheticRun() : trace({{"main.js", ""}}, trace::Profile::Node) {
    SyntheticTrace(GetParam()).Fill(trace, 5000);
  }
  Trace trace;
};

TEST_P(SeekerOnSyntheticRun, ForwardBackwardAndDirectAgree) {
  // A small interval so that many checkpoints are crossed.
  Seeker forward(trace, 64);
  std::vector<trace::State> expected;
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
    const trace::State& state = seeker.Seek(step);
    for (const trace::ConsoleLine& line : state.console) EXPECT_LE(line.step, static_cast<std::int64_t>(step));
    std::size_t printed = 0;
    for (std::size_t i = 0; i < step; ++i) printed += trace.At(i).kind == EventKind::Console;
    EXPECT_EQ(state.console.size(), printed);
  }
}

INSTANTIATE_TEST_SUITE_P(Seeds, SeekerOnSyntheticRun, ::testing::Values(1u, 2u, 3u));

// Checkpoints are at least the interval apart, and further apart the more items the state
// holds (Seeker::kEventsPerItem per item), so their memory stays proportional to the run.
void ExpectCheckpointsSpacedByCost(const Seeker& seeker, std::size_t interval, std::size_t size) {
  ASSERT_GE(seeker.CheckpointCount(), 1u);
  EXPECT_EQ(seeker.CheckpointStep(0), 0u);
  for (std::size_t i = 1; i < seeker.CheckpointCount(); ++i) {
    EXPECT_GE(seeker.CheckpointStep(i) - seeker.CheckpointStep(i - 1), interval);
    EXPECT_LE(seeker.CheckpointStep(i), size);
  }
}

TEST(Seeker, CheckpointsAreMadeOnTheWayAndSeekBeyondTheEndIsClamped) {
  Trace trace({{"main.js", ""}}, trace::Profile::Node);
  SyntheticTrace(7).Fill(trace, 10000);
  Seeker seeker(trace, 1000);
  EXPECT_EQ(seeker.Seek(trace.Size() + 50).step, static_cast<std::int64_t>(trace.Size()));
  EXPECT_GE(seeker.CheckpointCount(), 3u) << "a 10000-event run with small state gets several";
  ExpectCheckpointsSpacedByCost(seeker, 1000, trace.Size());
}

TEST(Seeker, CatchUpCheckpointsAGrowingTraceWithoutChangingWhatSeeksShow) {
  Trace trace({{"main.js", ""}}, trace::Profile::Node);
  testing::SyntheticTrace(11).Fill(trace, 3000);
  Seeker growing(trace, 100);
  growing.CatchUp();
  ExpectCheckpointsSpacedByCost(growing, 100, trace.Size());
  Seeker lazy(trace, 100);
  for (std::size_t step : {std::size_t{2999}, std::size_t{5}, std::size_t{1234}}) {
    ASSERT_TRUE(SameState(growing.Seek(step), lazy.Seek(step)));
  }
  // However they were reached, the checkpoints are the same ones.
  lazy.Seek(trace.Size());
  ASSERT_EQ(lazy.CheckpointCount(), growing.CheckpointCount());
  for (std::size_t i = 0; i < lazy.CheckpointCount(); ++i) EXPECT_EQ(lazy.CheckpointStep(i), growing.CheckpointStep(i));
}

TEST(Seeker, AStateWithManyWaitingItemsSpacesItsCheckpointsOut) {
  Trace trace({{"main.js", ""}}, trace::Profile::Node);
  trace.Append(MakeEvent(EventKind::ScriptStart, 0));
  for (std::uint32_t id = 1; id <= 3000; ++id) {
    trace.Append(MakeEvent(EventKind::MicrotaskEnqueue, id, id, trace.Intern("job"), trace.Intern("a promise settled"), 1));
  }
  trace.Append(MakeEvent(EventKind::ScriptEnd, 3001));
  for (std::uint32_t id = 1; id <= 3000; ++id) {
    trace.Append(MakeEvent(EventKind::MicrotaskRun, 4000 + id, id, 0, 0, 1));
    trace.Append(MakeEvent(EventKind::MicrotaskEnd, 4000 + id, id, 0, 0, 1));
  }
  Seeker seeker(trace, 64);
  seeker.CatchUp();
  ASSERT_GE(seeker.CheckpointCount(), 3u) << "checkpoints while the queue grows, and after";
  for (std::size_t i = 1; i < seeker.CheckpointCount(); ++i) {
    const std::size_t previous = seeker.CheckpointStep(i - 1);
    const std::size_t waiting = seeker.Seek(previous).agents[0].microtasks.size();
    EXPECT_GE(seeker.CheckpointStep(i) - previous, std::max<std::size_t>(64, Seeker::kEventsPerItem * waiting))
        << "checkpoint " << i;
  }
  const trace::State& middle = seeker.Seek(3002 + 2 * 1000);
  ASSERT_EQ(middle.agents[0].microtasks.size(), 2000u);
  EXPECT_EQ(middle.agents[0].microtasks.front().id, 1001u);
  EXPECT_EQ(middle.agents[0].microtasks.back().id, 3000u);
  EXPECT_EQ(middle.agents[0].microtasks.front().label, "job");
}

TEST(Seeker, SeekingTheShownStepAgainReturnsTheSameStateUntouched) {
  Trace trace({{"main.js", ""}}, trace::Profile::Node);
  SyntheticTrace(5).Fill(trace, 2000);
  Seeker seeker(trace);
  const trace::State& first = seeker.Seek(1500);
  const std::string explanation = first.explanation;
  const trace::State& again = seeker.Seek(1500);
  EXPECT_EQ(&first, &again) << "one shown state, handed out again";
  EXPECT_EQ(again.explanation, explanation);
  EXPECT_EQ(&seeker.Seek(10), &first) << "the same object, refilled for the new step";
  EXPECT_EQ(first.step, 10);
}

TEST(Trace, EventsAreThirtyTwoBytesAndStoredInTwentyFour) {
  EXPECT_EQ(sizeof(Event), 32u);
  EXPECT_EQ(sizeof(StoredEvent), 24u);
}

TEST(Trace, EventsTooWideToPackComeBackWhole) {
  Trace trace({}, trace::Profile::Node);
  const std::vector<Event> events = {
      MakeEvent(EventKind::TimerSet, 5'000, 1, 2, 5'000 + 300'000'000'000ull, 0),  // due 5 minutes later
      MakeEvent(EventKind::TimerSet, 9'000'000, 1, 2, 1'000, 1),                   // due before it is set
      MakeEvent(EventKind::Line, 7, 0, 12, 0, 1u << 20, 300),                      // a far column, agent 300
      MakeEvent(EventKind::AgentSpawn, 8, 1, 2, 0x1'0000'0001ull, 1),              // c past 32 bits
      MakeEvent(EventKind::IoBegin, -20, 3, 4, 40, 0),
      MakeEvent(EventKind::Line, 9, 0xFFFFFFFFu, 0xFFFFFFFFu, 0, (1u << 18) - 1, 255),
  };
  for (const Event& event : events) trace.Append(event);
  ASSERT_EQ(trace.Size(), events.size());
  for (std::size_t i = 0; i < events.size(); ++i) {
    const Event back = trace.At(i);
    EXPECT_EQ(back.kind, events[i].kind) << i;
    EXPECT_EQ(back.time_ns, events[i].time_ns) << i;
    EXPECT_EQ(back.a, events[i].a) << i;
    EXPECT_EQ(back.b, events[i].b) << i;
    EXPECT_EQ(back.c, events[i].c) << i;
    EXPECT_EQ(back.d, events[i].d) << i;
    EXPECT_EQ(back.agent, events[i].agent) << i;
    EXPECT_EQ(trace.KindAt(i), events[i].kind) << i;
  }
}

TEST(Trace, StepNavigationCrossesStorageChunks) {
  Trace trace({}, trace::Profile::Node);
  const std::size_t far = 3 * Trace::kChunkEvents + 17;
  for (std::size_t i = 0; i < far; ++i) trace.Append(MakeEvent(EventKind::CallPop, static_cast<std::int64_t>(i)));
  trace.Append(MakeEvent(EventKind::Line, 0, 0, 4));   // index far
  trace.Append(MakeEvent(EventKind::TaskRun, 0, 1));   // index far + 1
  for (std::size_t i = 0; i < Trace::kChunkEvents; ++i) trace.Append(MakeEvent(EventKind::Line, 0, 0, 5));
  EXPECT_EQ(trace.NextStep(0, Granularity::Statement), far + 1);
  EXPECT_EQ(trace.NextStep(0, Granularity::Task), far + 2);
  EXPECT_EQ(trace.NextStep(far + 2, Granularity::Task), trace.Size()) << "no further task";
  EXPECT_EQ(trace.PreviousStep(trace.Size(), Granularity::Task), far + 2);
  EXPECT_EQ(trace.PreviousStep(far + 2, Granularity::Statement), far + 1);
  EXPECT_EQ(trace.PreviousStep(far + 1, Granularity::Statement), 0u);
  EXPECT_EQ(trace.PreviousStep(trace.Size(), Granularity::Event), far + 2) << "the last non-line event";
  EXPECT_EQ(trace.NextStep(far, Granularity::Event), far + 2);
}

TEST(Trace, StringViewsStayValidAsTheTableGrows) {
  Trace trace({}, trace::Profile::Node);
  const std::uint32_t first = trace.Intern("then callback (anonymous)");
  const std::string_view view = trace.String(first);
  for (int i = 0; i < 20000; ++i) trace.Intern("label " + std::to_string(i) + std::string(static_cast<std::size_t>(i % 50), 'x'));
  trace.Intern(std::string(100000, 'y'));  // longer than a block
  EXPECT_EQ(view.data(), trace.String(first).data());
  EXPECT_EQ(view, "then callback (anonymous)");
  EXPECT_EQ(trace.String(trace.Intern("label 7xxxxxxx")), "label 7xxxxxxx");
  EXPECT_EQ(trace.Intern("label 7xxxxxxx"), trace.Intern("label 7xxxxxxx"));
}

TEST(Trace, ALongRunTakesAtMostThirtyTwoBytesPerEventInAll) {
  // Like a lesson's long run: calls, lines and microtasks with a few labels, a line of output
  // now and then.
  Trace trace({{"main.js", "console.log(1)"}}, trace::Profile::Node);
  const std::uint32_t job = trace.Intern("then callback (anonymous)");
  const std::uint32_t why = trace.Intern("a promise settled");
  const std::uint32_t square = trace.Intern("square");
  for (std::uint32_t i = 0; trace.Size() < 1'000'000; ++i) {
    const std::int64_t now = i * 100;
    trace.Append(MakeEvent(EventKind::MicrotaskEnqueue, now, i, job, why, 1));
    trace.Append(MakeEvent(EventKind::MicrotaskRun, now + 10, i, 0, 0, 1));
    trace.Append(MakeEvent(EventKind::CallPush, now + 20, square, 0, 0, 2));
    trace.Append(MakeEvent(EventKind::Line, now + 30, 0, 2, 0, 22));
    trace.Append(MakeEvent(EventKind::CallPop, now + 40));
    trace.Append(MakeEvent(EventKind::MicrotaskEnd, now + 50, i, 0, 0, 1));
    if (i % 1000 == 0) trace.AppendConsole(0, now + 60, false, "round " + std::to_string(i) + " total 123456");
  }
  const double per_event = static_cast<double>(trace.MemoryBytes()) / static_cast<double>(trace.Size());
  EXPECT_LE(per_event, 32.0);
  EXPECT_GE(per_event, 24.0) << "every byte counted, the events' own 24 included";
}

TEST(Trace, InterningGivesOneIdPerText) {
  Trace trace({}, trace::Profile::Node);
  const std::uint32_t a = trace.Intern("then-callback");
  EXPECT_EQ(trace.Intern("then-callback"), a);
  EXPECT_NE(trace.Intern("other"), a);
  EXPECT_EQ(trace.String(a), "then-callback");
  EXPECT_EQ(trace.String(0), "");
}

}  // namespace
}  // namespace th::trace
