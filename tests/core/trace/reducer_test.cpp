// The reducer turns the events of the seed's "Boil water" run into what each panel shows.
#include <gtest/gtest.h>

#include "trace/seeker.h"
#include "trace/trace.h"

namespace th::trace {
namespace {

// What the runtime records for:
//   1 console.log("Start");
//   2 setTimeout(() => console.log("Boil water"), 0);
//   3 Promise.resolve().then(() => console.log("Check mailbox"));
//   4 console.log("End");
class BoilWaterTrace : public ::testing::Test {
 protected:
  BoilWaterTrace() : trace({{"main.js", "..."}}, trace::Profile::Node) {
    Add(EventKind::ScriptStart, 0, 0, 0, 0);                                   // step 1
    Add(EventKind::Line, 0, 1, 0, 1);                                          // 2
    trace.AppendConsole(0, Now(), false, "Start");                             // 3
    Add(EventKind::Line, 0, 2, 0, 1);                                          // 4
    Add(EventKind::TimerSet, 1, trace.Intern("() => console.log(\"Boil water\")"), 1'000'000, 0);  // 5
    Add(EventKind::Line, 0, 3, 0, 1);                                          // 6
    Add(EventKind::MicrotaskEnqueue, 2, trace.Intern("then-callback of promise #1"),
        trace.Intern("the promise is already fulfilled"), 1);                  // 7
    Add(EventKind::Line, 0, 4, 0, 1);                                          // 8
    trace.AppendConsole(0, Now(), false, "End");                               // 9
    Add(EventKind::ScriptEnd, 0, 0, 0, 0);                                     // 10
    Add(EventKind::MicrotaskRun, 2, 0, 0, 1);                                  // 11
    Add(EventKind::CallPush, trace.Intern("(anonymous)"), 0, 0, 3);            // 12
    trace.AppendConsole(0, Now(), false, "Check mailbox");                     // 13
    Add(EventKind::CallPop, 0, 0, 0, 0);                                       // 14
    Add(EventKind::MicrotaskEnd, 2, 0, 0, 1);                                  // 15
    time_ns = 1'000'000;
    Add(EventKind::TimerFired, 1, 0, 0, 0);                                    // 16
    Add(EventKind::TaskEnqueue, 3, trace.Intern("() => console.log(\"Boil water\")"),
        trace.Intern("the timer is due"), 0);                                  // 17
    Add(EventKind::TaskRun, 3, 0, 0, 0);                                       // 18
    Add(EventKind::CallPush, trace.Intern("(anonymous)"), 0, 0, 2);            // 19
    trace.AppendConsole(0, Now(), false, "Boil water");                        // 20
    Add(EventKind::CallPop, 0, 0, 0, 0);                                       // 21
    Add(EventKind::TaskEnd, 3, 0, 0, 0);                                       // 22
  }

  std::int64_t Now() { return time_ns += 10; }
  void Add(EventKind kind, std::uint32_t a, std::uint32_t b, std::uint64_t c, std::uint32_t d) {
    trace.Append(MakeEvent(kind, Now(), a, b, c, d));
  }

  std::int64_t time_ns = 0;
  Trace trace;
};

TEST_F(BoilWaterTrace, StepZeroIsTheProgramBeforeItRuns) {
  Seeker seeker(trace);
  const trace::State& state = seeker.Seek(0);
  EXPECT_EQ(state.step, 0);
  EXPECT_EQ(state.step_count, 22);
  EXPECT_TRUE(state.agents[0].stack.empty());
  EXPECT_TRUE(state.console.empty());
}

TEST_F(BoilWaterTrace, AfterTheScriptTheTimerWaitsAndTheMicrotaskIsQueued) {
  Seeker seeker(trace);
  const trace::State& state = seeker.Seek(10);
  const trace::AgentState& main = state.agents[0];
  ASSERT_EQ(state.console.size(), 2u);
  EXPECT_EQ(state.console[0].text, "Start");
  EXPECT_EQ(state.console[1].text, "End");
  ASSERT_EQ(main.timers.size(), 1u);
  EXPECT_EQ(main.timers[0].due_ms, 1.0);
  ASSERT_EQ(main.microtasks.size(), 1u);
  EXPECT_EQ(main.microtasks[0].label, "then-callback of promise #1");
  EXPECT_TRUE(main.stack.empty());
  EXPECT_EQ(main.status, trace::AgentStatus::Idle);
  EXPECT_NE(state.explanation.find("script has finished"), std::string::npos) << state.explanation;
}

TEST_F(BoilWaterTrace, TheMicrotaskRunsBeforeTheTimerTask) {
  Seeker seeker(trace);
  const trace::State& during = seeker.Seek(13);
  EXPECT_TRUE(during.agents[0].microtasks.empty());
  ASSERT_EQ(during.agents[0].stack.size(), 1u);
  EXPECT_EQ(during.agents[0].stack[0].function, "(anonymous)");
  EXPECT_EQ(during.console.back().text, "Check mailbox");
  EXPECT_EQ(during.agents[0].timers.size(), 1u) << "the timer is still waiting outside the thread";

  const trace::State& queued = seeker.Seek(17);
  EXPECT_TRUE(queued.agents[0].timers.empty());
  ASSERT_EQ(queued.agents[0].task_queues[0].items.size(), 1u);
  EXPECT_EQ(queued.agents[0].task_queues[0].name, "timers");

  const trace::State& done = seeker.Seek(22);
  EXPECT_TRUE(done.agents[0].task_queues[0].items.empty());
  EXPECT_EQ(done.console.back().text, "Boil water");
  EXPECT_DOUBLE_EQ(done.time_ms, 1.00007);
}

TEST_F(BoilWaterTrace, StepNavigationFindsStatementsEventsAndTasks) {
  EXPECT_EQ(trace.NextStep(0, Granularity::Statement), 2u);
  EXPECT_EQ(trace.NextStep(2, Granularity::Statement), 4u);
  EXPECT_EQ(trace.PreviousStep(4, Granularity::Statement), 2u);
  EXPECT_EQ(trace.NextStep(1, Granularity::Event), 3u) << "the Line event at step 2 is skipped";
  EXPECT_EQ(trace.NextStep(0, Granularity::Task), 18u);
  EXPECT_EQ(trace.NextStep(18, Granularity::Task), 22u) << "no further task: the end";
  EXPECT_EQ(trace.PreviousStep(18, Granularity::Task), 0u);
  EXPECT_EQ(trace.PreviousStep(22, Granularity::Task), 18u);
}

}  // namespace
}  // namespace th::trace
