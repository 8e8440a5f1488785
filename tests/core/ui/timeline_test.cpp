// The timeline's model (TimelineIndex: spans, slices, arrows built incrementally from a trace)
// and its view (binary search of the visible range, folding of runs narrower than 3 px, the
// compressed time axis), over runs the engine computes (Session::Load), workers and child
// processes included.
#include <gtest/gtest.h>

#include "real_run.h"
#include "trace/synthetic_trace.h"
#include "trace/timeline_index.h"
#include "trace/trace.h"
#include "ui/panels/timeline_view.h"
#include "ui/view_model.h"

namespace th::ui {
namespace {

using testing::RunExample;

TEST(TimelineIndex, BoilWaterHasTheScriptOneTimerTaskAndOneMicrotask) {
  const auto run = RunExample("boil_water");
  ASSERT_NE(run, nullptr);
  const trace::TimelineIndex& index = run->index;
  ASSERT_EQ(index.Lanes().size(), 1u);
  const trace::Lane& main = index.Lanes()[0];
  ASSERT_EQ(main.tasks.size(), 2u);
  EXPECT_EQ(main.tasks[0].label, 0u) << "the main script comes first";
  EXPECT_NE(run->Trace().String(main.tasks[1].label).find("Boil water"), std::string_view::npos);
  ASSERT_EQ(main.microtasks.size(), 1u);
  EXPECT_NE(run->Trace().String(main.microtasks[0].label).find("then"), std::string_view::npos)
      << "the promise callback: " << run->Trace().String(main.microtasks[0].label);
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
  trace::Trace trace({{"main.js", ""}}, trace::Profile::Node);
  trace::testing::SyntheticTrace(7).Fill(trace, 20000);
  trace::Trace partial({{"main.js", ""}}, trace::Profile::Node);
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
  const auto run = RunExample("worker_message");
  ASSERT_NE(run, nullptr);
  const trace::TimelineIndex& index = run->index;
  ASSERT_EQ(index.Lanes().size(), 2u);
  ASSERT_EQ(index.Arrows().size(), 2u);
  EXPECT_EQ(index.Arrows()[0].from_agent, 0);
  EXPECT_EQ(index.Arrows()[0].to_agent, 1);
  EXPECT_EQ(index.Arrows()[1].from_agent, 1);
  EXPECT_EQ(index.Arrows()[1].to_agent, 0);
  EXPECT_LT(index.Arrows()[0].send_ns, index.Arrows()[0].receive_ns);
}

TEST(TimelineIndex, StepAtTimeFindsTheFirstEventAtThatMoment) {
  const auto run = RunExample("two_tasks");
  ASSERT_NE(run, nullptr);
  const trace::Trace& trace = run->Trace();
  const std::uint32_t step = trace::TimelineIndex::StepAtTime(trace, 500'000'000);
  ASSERT_GT(step, 1u);
  EXPECT_GE(trace.At(step - 1).time_ns, 500'000'000);
  EXPECT_LT(trace.At(step - 2).time_ns, 500'000'000);
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

// "Two tasks": the script, then nothing for 500 ms, a timer, nothing for 500 ms, a timer. On a
// linear axis the three bits of work are slivers; compressed, the waits become two breaks.
TEST(TimeWarp, SqueezesTheLongWaitsBetweenTimers) {
  const auto run = RunExample("two_tasks");
  ASSERT_NE(run, nullptr);
  TimeWarp warp;
  BuildTimeWarp(run->index, warp);
  // The two waits (and the moment before the script starts, when the engine sets up).
  std::vector<IdleGap> waits;
  for (const IdleGap& gap : warp.gaps) {
    if (gap.end_ns - gap.begin_ns > 400'000'000) waits.push_back(gap);
  }
  ASSERT_EQ(waits.size(), 2u);
  const trace::Lane& main = run->index.Lanes()[0];
  ASSERT_EQ(main.tasks.size(), 3u);
  // Each wait lies between two tasks, and is squeezed to a small part of itself.
  EXPECT_GE(waits[0].begin_ns, main.tasks[0].begin_ns);
  EXPECT_LE(waits[0].end_ns, main.tasks[1].begin_ns);
  EXPECT_GE(waits[1].begin_ns, main.tasks[1].end_ns);
  EXPECT_LE(waits[1].end_ns, main.tasks[2].begin_ns);
  for (const IdleGap& gap : waits) EXPECT_LT(gap.shown, static_cast<double>(gap.end_ns - gap.begin_ns) / 100);
  // The map keeps order and goes back: real times are never lost.
  const double end = static_cast<double>(run->index.EndNs());
  double previous = -1;
  for (double t = 0; t <= end; t += end / 997) {
    const double axis = warp.ToAxis(t);
    EXPECT_GT(axis, previous);
    previous = axis;
    EXPECT_NEAR(warp.ToNs(axis), t, 1e-3 * std::max(1.0, t * 1e-6));
  }
  // The breaks together take at most about a third of the axis; the work the rest.
  double shown = 0;
  for (const IdleGap& gap : warp.gaps) shown += gap.shown;
  EXPECT_LT(shown / warp.ToAxis(end), 0.36);
  EXPECT_GT(shown / warp.ToAxis(end), 0.02) << "a break stays visible";
}

TEST(TimeWarp, LeavesARunWithoutLongWaitsLinear) {
  const auto run = RunExample("next_tick_puzzle");  // every callback runs without a wait
  ASSERT_NE(run, nullptr);
  TimeWarp warp;
  BuildTimeWarp(run->index, warp);
  for (const IdleGap& gap : warp.gaps) {
    EXPECT_GE(static_cast<double>(gap.end_ns - gap.begin_ns), 3 * gap.shown) << "only a squeeze that saves room";
  }
  TimeWarp none;
  BuildTimeWarp(trace::TimelineIndex{}, none);
  EXPECT_TRUE(none.Empty());
  EXPECT_EQ(none.ToAxis(1234.5), 1234.5);
}

TEST(TimeWarp, FoldingOnACompressedAxisKeepsEveryItemOnceAndInOrder) {
  const auto run = RunExample("two_tasks");
  ASSERT_NE(run, nullptr);
  TimeWarp warp;
  BuildTimeWarp(run->index, warp);
  ASSERT_FALSE(warp.Empty());
  TimeAxis axis{0, warp.ToAxis(static_cast<double>(run->index.EndNs())), 100, 1000, &warp};
  const trace::Lane& main = run->index.Lanes()[0];
  std::vector<TimelineBox> boxes;
  FoldSlices(main.tasks, axis, kFoldPixels, boxes);
  ASSERT_EQ(boxes.size(), 3u) << "the script and both timer callbacks, each its own box";
  for (std::size_t i = 0; i < boxes.size(); ++i) {
    EXPECT_EQ(boxes[i].count, 1u);
    if (i > 0) {
      EXPECT_GE(boxes[i].x0, boxes[i - 1].x1);
    }
  }
  // Compressed, the tasks are far apart on screen though only their work shows: the second
  // starts well inside the view, not squashed against the first as on a linear axis.
  EXPECT_GT(boxes[1].x0 - boxes[0].x0, 100.0f);
  EXPECT_LT(boxes[2].x0, axis.x + axis.width);
  // The synthetic 100 000-item run: compressed or not, a frame draws a few hundred boxes.
  trace::Trace trace({{"main.js", ""}}, trace::Profile::Node);
  trace::testing::SyntheticTrace(11).Fill(trace, 200000);
  trace::TimelineIndex index;
  index.Update(trace);
  TimeWarp long_warp;
  BuildTimeWarp(index, long_warp);
  const TimeAxis whole{0, long_warp.ToAxis(static_cast<double>(index.EndNs())), 0, 1200, &long_warp};
  boxes.clear();
  FoldSpans(index.Lanes()[0].spans, whole, kFoldPixels, boxes);
  EXPECT_LT(boxes.size(), 600u);
}

// The Agents panel lists every agent of the run in lane order, before it starts too.
TEST(AgentRows, FollowTheTimelineLanesAndNameAgentsNotStartedYet) {
  const auto run = RunExample("fork_heavy_task");
  ASSERT_NE(run, nullptr);
  const trace::TimelineIndex& index = run->index;
  const trace::State start = trace::InitialState(run->Trace().Files(), run->Trace().Profile());
  const std::vector<AgentRow> rows = AgentRows(start, &run->Trace(), &index);
  ASSERT_EQ(rows.size(), index.Lanes().size());
  EXPECT_EQ(rows[0].name, "main");
  EXPECT_NE(rows[0].state, nullptr);
  EXPECT_EQ(rows[1].agent, 1);
  EXPECT_EQ(rows[1].name, "child 4243") << "named as its spawn will name it";
  EXPECT_EQ(rows[1].state, nullptr) << "not started yet at step 0";
  const LaneLayout layout = ComputeLaneLayout(150, rows.size(), 16, 1);
  EXPECT_FLOAT_EQ(layout.Top(1) - layout.Top(0), layout.pitch);
  EXPECT_GT(layout.first_top, layout.axis_height);
  EXPECT_GE(layout.row_height, 16) << "a row holds a line of text";
}

}  // namespace
}  // namespace th::ui
