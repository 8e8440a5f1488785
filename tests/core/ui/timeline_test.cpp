// The timeline's model (TimelineIndex: spans, slices, arrows built incrementally from a trace)
// and its view (binary search of the visible range, folding of runs narrower than 3 px).
#include <gtest/gtest.h>

#include "examples/recorded_runs.h"
#include "trace/synthetic_trace.h"
#include "trace/timeline_index.h"
#include "ui/panels/timeline_view.h"

namespace th::ui {
namespace {

TEST(TimelineIndex, BoilWaterHasTheScriptOneTimerTaskAndOneMicrotask) {
  const auto run = examples::RecordedRun("boil_water");
  ASSERT_NE(run, nullptr);
  trace::TimelineIndex index;
  index.Update(*run);
  ASSERT_EQ(index.Lanes().size(), 1u);
  const trace::Lane& main = index.Lanes()[0];
  ASSERT_EQ(main.tasks.size(), 2u);
  EXPECT_EQ(main.tasks[0].label, 0u) << "the main script comes first";
  EXPECT_EQ(run->String(main.tasks[1].label), "() => console.log(\"Boil water\")");
  ASSERT_EQ(main.microtasks.size(), 1u);
  EXPECT_EQ(run->String(main.microtasks[0].label), "() => console.log(\"Check mailbox\")");
  // The microtask runs after the script and before the timer's task: the lesson, in time.
  EXPECT_GE(main.microtasks[0].begin_ns, main.tasks[0].end_ns);
  EXPECT_LE(main.microtasks[0].end_ns, main.tasks[1].begin_ns);
  EXPECT_GE(main.tasks[1].begin_ns, 1'000'000) << "the 0 ms timer is due after 1 ms";
  // Spans tile the lane without overlapping, in time order.
  for (std::size_t i = 1; i < main.spans.size(); ++i) {
    EXPECT_EQ(main.spans[i].begin_ns, main.spans[i - 1].end_ns);
    EXPECT_NE(main.spans[i].activity, main.spans[i - 1].activity);
  }
}

TEST(TimelineIndex, ReadsOnlyWhatIsNewAndMatchesABuildFromScratch) {
  trace::Trace trace({{"main.js", ""}}, session::Profile::Node);
  trace::testing::SyntheticTrace(7).Fill(trace, 20000);
  trace::Trace partial({{"main.js", ""}}, session::Profile::Node);
  trace::TimelineIndex growing;
  // Feed the same events in slices, as a run being computed would grow.
  for (std::size_t i = 0; i < trace.Size(); ++i) {
    partial.Append(trace.At(i));
    if (i % 997 == 0) growing.Update(partial);
  }
  growing.Update(partial);
  trace::TimelineIndex whole;
  whole.Update(trace);
  ASSERT_EQ(growing.Lanes().size(), whole.Lanes().size());
  EXPECT_EQ(growing.Lanes()[0].spans.size(), whole.Lanes()[0].spans.size());
  EXPECT_EQ(growing.Lanes()[0].tasks.size(), whole.Lanes()[0].tasks.size());
  EXPECT_EQ(growing.Lanes()[0].microtasks.size(), whole.Lanes()[0].microtasks.size());
  EXPECT_EQ(growing.EndNs(), whole.EndNs());
}

TEST(TimelineIndex, MessagesBecomeArrowsFromSenderToReceiver) {
  const auto run = examples::RecordedRun("worker_message");
  ASSERT_NE(run, nullptr);
  trace::TimelineIndex index;
  index.Update(*run);
  ASSERT_EQ(index.Lanes().size(), 2u);
  ASSERT_EQ(index.Arrows().size(), 2u);
  EXPECT_EQ(index.Arrows()[0].from_agent, 0);
  EXPECT_EQ(index.Arrows()[0].to_agent, 1);
  EXPECT_EQ(index.Arrows()[1].from_agent, 1);
  EXPECT_EQ(index.Arrows()[1].to_agent, 0);
  EXPECT_LT(index.Arrows()[0].send_ns, index.Arrows()[0].receive_ns);
}

TEST(TimelineIndex, StepAtTimeFindsTheFirstEventAtThatMoment) {
  const auto run = examples::RecordedRun("two_tasks");
  ASSERT_NE(run, nullptr);
  const std::uint32_t step = trace::TimelineIndex::StepAtTime(*run, 500'000'000);
  ASSERT_GT(step, 0u);
  EXPECT_GE(run->At(step - 1).time_ns, 500'000'000);
  EXPECT_LT(run->At(step - 2).time_ns, 500'000'000);
}

TEST(TimelineView, VisibleRangeIsFoundByBinarySearch) {
  std::vector<trace::Slice> slices;
  for (int i = 0; i < 100; ++i) slices.push_back({i * 10, i * 10 + 5, 0, 0, false});
  const auto [first, last] = trace::VisibleRange(std::span<const trace::Slice>(slices), 203, 457);
  EXPECT_EQ(first, 20u);  // [200, 205] reaches into the window
  EXPECT_EQ(last, 46u);   // [450, 455] is the last to start inside it
}

TEST(TimelineView, RunsNarrowerThanThreePixelsFoldIntoOneBox) {
  // 100 000 slices of 1 ns, 1 ns apart, over 1000 pixels: far narrower than a pixel each.
  std::vector<trace::Slice> slices;
  for (int i = 0; i < 100000; ++i) slices.push_back({i * 2, i * 2 + 1, static_cast<std::uint32_t>(i), 0, false});
  TimeAxis axis{0, 200000, 0, 1000};
  std::vector<TimelineBox> boxes;
  FoldSlices(slices, axis, kFoldPixels, boxes);
  ASSERT_FALSE(boxes.empty());
  EXPECT_LT(boxes.size(), 400u) << "folded, a frame draws a few hundred boxes at most";
  std::size_t total = 0;
  for (const TimelineBox& box : boxes) {
    total += box.count;
    EXPECT_GE(box.x1 - box.x0, kFoldPixels - 0.01f);
  }
  EXPECT_EQ(total, slices.size()) << "every slice is in exactly one box";
  // Zoomed in on 100 ns, the same slices are wide and each gets its own box.
  boxes.clear();
  FoldSlices(slices, TimeAxis{1000, 1100, 0, 1000}, kFoldPixels, boxes);
  ASSERT_FALSE(boxes.empty());
  for (const TimelineBox& box : boxes) EXPECT_EQ(box.count, 1u);
}

}  // namespace
}  // namespace th::ui
