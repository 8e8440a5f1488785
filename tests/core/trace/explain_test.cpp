// The one-sentence explanation of a step names what runs and why it runs now (issue 4): a
// statement of the main script, of a timer's callback, of a microtask, of a nextTick.
#include <gtest/gtest.h>

#include <string>

#include "trace/seeker.h"
#include "trace/trace.h"

namespace th::trace {
namespace {

// What the runtime records for:
//   1 function square(x) {
//   2   return x * x;
//   3 }
//   4 setTimeout(() => {
//   5   console.log(square(3));
//   6 }, 0);
//   7 setInterval(tick, 10);
//   8 Promise.resolve().then(() => console.log("then"));
//   9 process.nextTick(() => console.log("tick"));
class ExplainTrace : public ::testing::Test {
 protected:
  ExplainTrace() : trace({{"main.js", "..."}}, trace::Profile::Node) {
    Add(EventKind::ScriptStart, 0, 0, 0, 0);
    script_line = Add(EventKind::Line, 0, 4, 0, 1);
    Add(EventKind::TimerSet, 1, trace.Intern("() => {...}"), 1'000'000, 0);
    Add(EventKind::Line, 0, 7, 0, 1);
    Add(EventKind::TimerSet, 2, trace.Intern("tick (setInterval)"), 10'000'000, 1);
    Add(EventKind::Line, 0, 8, 0, 1);
    Add(EventKind::MicrotaskEnqueue, 3, trace.Intern("then callback (anonymous)"), trace.Intern("a promise settled"), 1);
    Add(EventKind::Line, 0, 9, 0, 1);
    Add(EventKind::MicrotaskEnqueue, 4, trace.Intern("() => console.log(\"tick\")"), trace.Intern("process.nextTick"), 0);
    Add(EventKind::ScriptEnd, 0, 0, 0, 0);
    Add(EventKind::MicrotaskRun, 4, 0, 0, 0);
    Add(EventKind::CallPush, trace.Intern("(anonymous)"), 0, 0, 9);
    tick_line = Add(EventKind::Line, 0, 9, 0, 20);
    Add(EventKind::CallPop, 0, 0, 0, 0);
    Add(EventKind::MicrotaskEnd, 4, 0, 0, 0);
    Add(EventKind::MicrotaskRun, 3, 0, 0, 1);
    Add(EventKind::CallPush, trace.Intern("(anonymous)"), 0, 0, 8);
    then_line = Add(EventKind::Line, 0, 8, 0, 27);
    Add(EventKind::CallPop, 0, 0, 0, 0);
    Add(EventKind::MicrotaskEnd, 3, 0, 0, 1);
    time_ns = 1'000'000;
    Add(EventKind::TimerFired, 1, 0, 0, 0);
    Add(EventKind::TaskEnqueue, 1, trace.Intern("() => {...}"), trace.Intern("its timer is due"), 0);
    Add(EventKind::TaskRun, 1, 0, 0, 0);
    Add(EventKind::CallPush, trace.Intern("(anonymous)"), 0, 0, 4);
    timer_line = Add(EventKind::Line, 0, 5, 0, 3);
    Add(EventKind::CallPush, trace.Intern("square"), 0, 0, 1);
    square_line = Add(EventKind::Line, 0, 2, 0, 3);
    Add(EventKind::CallPop, 0, 0, 0, 0);
    Add(EventKind::CallPop, 0, 0, 0, 0);
    Add(EventKind::TaskEnd, 1, 0, 0, 0);
    time_ns = 10'000'000;
    Add(EventKind::TimerFired, 2, 0, 0, 0);
    Add(EventKind::TaskEnqueue, 2, trace.Intern("tick (setInterval)"), trace.Intern("its timer is due"), 0);
    Add(EventKind::TaskRun, 2, 0, 0, 0);
    Add(EventKind::CallPush, trace.Intern("tick"), 0, 0, 10);
    interval_line = Add(EventKind::Line, 0, 11, 0, 3);
  }

  // Appends an event; returns the step that shows it.
  std::size_t Add(EventKind kind, std::uint32_t a, std::uint32_t b, std::uint64_t c, std::uint32_t d) {
    return trace.Append(MakeEvent(kind, time_ns += 10, a, b, c, d)) + 1;
  }

  std::string Explain(std::size_t step) { return Seeker(trace).Seek(step).explanation; }

  std::int64_t time_ns = 0;
  Trace trace;
  std::size_t script_line = 0, tick_line = 0, then_line = 0, timer_line = 0, square_line = 0, interval_line = 0;
};

TEST_F(ExplainTrace, AStatementOfTheMainScriptSaysNothingQueuedCanRunYet) {
  EXPECT_EQ(Explain(script_line),
            "Line 4 runs in the main script, which runs from top to bottom: nothing queued can run until it finishes.");
}

TEST_F(ExplainTrace, AStatementOfATimerCallbackNamesTheTimerAndWhyItRunsNow) {
  EXPECT_EQ(Explain(timer_line),
            "Line 5 runs in the callback of setTimeout on line 4: its 1 ms delay had passed and the call stack was empty.");
  EXPECT_EQ(Explain(square_line),
            "Line 2 runs inside square() in the callback of setTimeout on line 4: its 1 ms delay had passed and the call "
            "stack was empty.");
  EXPECT_EQ(Explain(interval_line),
            "Line 11 runs in tick(), the callback of setInterval on line 7: its interval had passed and the call stack "
            "was empty.");
}

TEST_F(ExplainTrace, AStatementOfAMicrotaskSaysWhichQueueAndTheRule) {
  EXPECT_EQ(Explain(then_line),
            "Line 8 runs in a .then callback, a microtask: its promise has settled, and microtasks run as soon as the "
            "call stack is empty.");
  EXPECT_EQ(Explain(tick_line),
            "Line 9 runs in a process.nextTick callback: nextTicks run as soon as the current operation ends, before "
            "promise callbacks.");
}

TEST_F(ExplainTrace, ExplanationsAreTheSameHoweverTheStepIsReached) {
  Seeker forward(trace, 1);
  std::vector<std::string> expected;
  for (std::size_t step = 0; step <= trace.Size(); ++step) expected.push_back(forward.Seek(step).explanation);
  Seeker backward(trace, 3);
  for (std::size_t step = trace.Size() + 1; step-- > 0;) EXPECT_EQ(backward.Seek(step).explanation, expected[step]) << step;
  EXPECT_EQ(expected[0], trace::kBeforeTheRunExplanation);
}

TEST(ExplainBrowser, ABrowsersZeroDelayIsZero) {
  // The browser's timer is due exactly its delay after it was set.
  Trace browser({{"page.js", "..."}}, trace::Profile::Browser);
  browser.Append(MakeEvent(EventKind::ScriptStart, 0));
  browser.Append(MakeEvent(EventKind::Line, 5, 0, 1, 0, 1));
  browser.Append(MakeEvent(EventKind::TimerSet, 7, 1, browser.Intern("() => {...}"), 7, 0));
  browser.Append(MakeEvent(EventKind::ScriptEnd, 9));
  browser.Append(MakeEvent(EventKind::TimerFired, 20, 1));
  browser.Append(MakeEvent(EventKind::TaskEnqueue, 20, 1, browser.Intern("() => {...}"), browser.Intern("its timer is due"), 0));
  browser.Append(MakeEvent(EventKind::TaskRun, 20, 1));
  browser.Append(MakeEvent(EventKind::CallPush, 21, browser.Intern("(anonymous)"), 0, 0, 1));
  browser.Append(MakeEvent(EventKind::Line, 22, 0, 2, 0, 3));
  EXPECT_EQ(Seeker(browser).Seek(browser.Size()).explanation,
            "Line 2 runs in the callback of setTimeout on line 1: its 0 ms delay had passed and the call stack was empty.");
}

}  // namespace
}  // namespace th::trace
