// The facade's navigation: commands move through a recorded run, playback moves a statement
// at a time, and any move by hand pauses.
#include "session/session.h"

#include <gtest/gtest.h>

namespace th::session {
namespace {

std::unique_ptr<trace::Trace> ThreeLinesAndATask() {
  auto trace = std::make_unique<trace::Trace>(std::vector<trace::SourceFile>{{"main.js", "a\nb\nc\n"}}, trace::Profile::Node);
  const auto add = [&](trace::EventKind kind, std::uint32_t a, std::uint32_t b) {
    trace->Append(trace::MakeEvent(kind, 0, a, b));
  };
  add(trace::EventKind::ScriptStart, 0, 0);  // step 1
  add(trace::EventKind::Line, 0, 1);         // 2
  add(trace::EventKind::Line, 0, 2);         // 3
  trace->AppendConsole(0, 0, false, "hi");   // 4
  add(trace::EventKind::Line, 0, 3);         // 5
  add(trace::EventKind::ScriptEnd, 0, 0);    // 6
  add(trace::EventKind::TaskEnqueue, 1, 0);  // 7
  add(trace::EventKind::TaskRun, 1, 0);      // 8
  add(trace::EventKind::TaskEnd, 1, 0);      // 9
  return trace;
}

TEST(Session, WithoutARunTheStateIsEmptyAndCommandsDoNothing) {
  Session session;
  session.Apply({CommandKind::StepForward});
  EXPECT_EQ(session.CurrentStep(), 0u);
  EXPECT_EQ(session.Current().step_count, 0);
}

TEST(Session, CommandsMoveAtTheirGranularity) {
  Session session;
  session.LoadTrace(ThreeLinesAndATask());
  session.Apply({CommandKind::StepForward});
  EXPECT_EQ(session.CurrentStep(), 2u);
  EXPECT_EQ(session.Current().position.line, 1);
  session.Apply({CommandKind::StepForward});
  session.Apply({CommandKind::StepForward});
  EXPECT_EQ(session.CurrentStep(), 5u);
  EXPECT_EQ(session.Current().console.size(), 1u);
  session.Apply({CommandKind::StepBack});
  EXPECT_EQ(session.CurrentStep(), 3u);
  EXPECT_EQ(session.Current().console.size(), 0u);
  session.Apply({CommandKind::EventForward});
  EXPECT_EQ(session.CurrentStep(), 4u);
  session.Apply({CommandKind::TaskForward});
  EXPECT_EQ(session.CurrentStep(), 8u);
  session.Apply({CommandKind::ToEnd});
  EXPECT_EQ(session.CurrentStep(), 9u);
  session.Apply({CommandKind::TaskBack});
  EXPECT_EQ(session.CurrentStep(), 8u);
  session.Apply({CommandKind::SeekTo, 6});
  EXPECT_EQ(session.Current().step, 6);
  session.Apply({CommandKind::SeekTo, 1000});
  EXPECT_EQ(session.CurrentStep(), 9u);
  session.Apply({CommandKind::Reset});
  EXPECT_EQ(session.CurrentStep(), 0u);
}

TEST(Session, PlaybackMovesAStatementAtATimeAndStopsAtTheEnd) {
  Session session;
  session.LoadTrace(ThreeLinesAndATask());
  session.Apply({CommandKind::Play, 0, 2.0});
  EXPECT_TRUE(session.Playing());
  EXPECT_FALSE(session.Update(0.25)) << "half a step is not a step yet";
  EXPECT_TRUE(session.Update(0.25));
  EXPECT_EQ(session.CurrentStep(), 2u);
  EXPECT_TRUE(session.Update(1.0));
  EXPECT_EQ(session.CurrentStep(), 5u);
  session.Update(10.0);
  EXPECT_EQ(session.CurrentStep(), 9u);
  EXPECT_FALSE(session.Playing());
}

TEST(Session, ReadingTheCurrentStateAgainCopiesNothing) {
  Session session;
  session.LoadTrace(ThreeLinesAndATask());
  session.Apply({CommandKind::StepForward});
  const trace::State* shown = &session.Current();
  EXPECT_EQ(&session.Current(), shown) << "the same state, handed out again";
  const std::string* explanation = &shown->explanation;
  session.Apply({CommandKind::ToEnd});
  EXPECT_EQ(&session.Current(), shown) << "one state object for the run: a pointer the UI keeps stays valid";
  EXPECT_EQ(shown->step, 9);
  EXPECT_EQ(&shown->explanation, explanation);
}

TEST(Session, AMoveByHandPausesPlayback) {
  Session session;
  session.LoadTrace(ThreeLinesAndATask());
  session.Apply({CommandKind::Play});
  session.Apply({CommandKind::StepForward});
  EXPECT_FALSE(session.Playing());
}

}  // namespace
}  // namespace th::session

namespace th::session {
namespace {

TEST(SessionLoad, RunsAProgramInSlicesAndMovesThroughIt) {
  Session session;
  ASSERT_TRUE(session.Load({{"main.js",
                             "console.log('Start');\n"
                             "setTimeout(() => console.log('Boil water'), 0);\n"
                             "Promise.resolve().then(() => console.log('Check mailbox'));\n"
                             "console.log('End');\n"}},
                           runtime::RunOptions{}));
  int slices = 0;
  while (!session.Advance(5)) ++slices;
  EXPECT_GT(slices, 3) << "a budget of 5 instructions needs many slices";
  EXPECT_EQ(session.ExitCode(), 0);
  session.Apply({CommandKind::ToEnd});
  const trace::State& end = session.Current();
  ASSERT_EQ(end.console.size(), 4u);
  EXPECT_EQ(end.console[2].text, "Check mailbox");
  EXPECT_EQ(end.console[3].text, "Boil water");

  // Step by task: the only task is the timer's callback, after the microtask printed.
  session.Apply({CommandKind::Reset});
  session.Apply({CommandKind::TaskForward});
  const trace::State& task = session.Current();
  EXPECT_EQ(task.console.size(), 3u) << "the timer's task starts after Check mailbox";
}

TEST(SessionLoad, ASyntaxErrorIsReportedAndTheRunEndsWithIt) {
  Session session;
  th::Diagnostic error;
  EXPECT_FALSE(session.Load({{"main.js", "let x = ;\n"}}, runtime::RunOptions{}, &error));
  EXPECT_EQ(error.line, 1);
  EXPECT_FALSE(error.message.empty());
  EXPECT_TRUE(session.RunComplete());
  EXPECT_EQ(session.ExitCode(), 1);
  session.Apply({CommandKind::ToEnd});
  ASSERT_FALSE(session.Current().console.empty());
  EXPECT_NE(session.Current().console.back().text.find("SyntaxError"), std::string::npos);
}

}  // namespace
}  // namespace th::session
