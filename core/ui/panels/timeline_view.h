#pragma once
// The Timeline panel's view state (zoom, pan, what was drawn) and the folding that keeps it
// fast on long runs: the visible time range is found by binary search, and runs of items
// narrower than a few pixels are folded into one box that says how many it holds (Tracy's
// timeline). Pure functions of the data, so tests and the benchmark can use them without
// drawing.
//
// The time axis is linear, or compressed: long stretches in which every agent is idle (a
// 2000 ms timer wait) are squeezed into a short break, so the busy parts around them stay
// readable. The axis then measures "axis units": real nanoseconds outside the breaks, fewer of
// them inside. TimeWarp converts between the two; items keep their real times.

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include "trace/timeline_index.h"

namespace th::ui {

// Items of a lane narrower than this (in pixels, before the HiDPI scale) are folded together.
inline constexpr float kFoldPixels = 3.0f;

// An idle stretch squeezed on the compressed axis: [begin_ns, end_ns] of real time, shown as
// `shown` axis units starting at `axis_begin`.
struct IdleGap {
  std::int64_t begin_ns = 0;
  std::int64_t end_ns = 0;
  double axis_begin = 0;
  double shown = 0;
};

// The compressed axis: a piecewise-linear map from real time to axis units. With no gaps it is
// the identity (a linear axis).
struct TimeWarp {
  std::vector<IdleGap> gaps;  // in time order, not overlapping

  double ToAxis(double time_ns) const;
  double ToNs(double axis) const;
  bool Empty() const { return gaps.empty(); }

  // What the gaps were computed from, so they are computed again only when the run grew.
  const trace::TimelineIndex* index = nullptr;
  std::size_t events = 0;
  bool compressed = false;
};

// At most this many idle stretches are squeezed: the longest ones.
inline constexpr std::size_t kMaxIdleGaps = 4096;
// What one squeezed stretch shows as, at most, as a share of the busy time; and all of them.
inline constexpr double kGapShare = 0.09;
inline constexpr double kAllGapsShare = 0.4;

// Squeezes the long stretches of `index` in which every agent is idle (none running nor busy):
// each gap is shown as a short share of the busy time, so that together they take at most about
// a third of the axis. Stretches squeezing would not shorten much are left as they are.
void BuildTimeWarp(const trace::TimelineIndex& index, TimeWarp& warp);

// The time window the timeline shows, mapped onto `width` pixels starting at `x`. `begin_ns`
// and `end_ns` are axis units: real nanoseconds on a linear axis, warped ones when `warp` is set.
struct TimeAxis {
  double begin_ns = 0;
  double end_ns = 1;
  float x = 0;
  float width = 1;
  const TimeWarp* warp = nullptr;  // the compressed axis, or null for a linear one

  double Units(double time_ns) const { return warp ? warp->ToAxis(time_ns) : time_ns; }
  double FromUnits(double units) const { return warp ? warp->ToNs(units) : units; }
  double UnitsPerPixel() const { return (end_ns - begin_ns) / static_cast<double>(width); }
  double NsPerPixel() const { return UnitsPerPixel(); }  // on a linear axis
  // Real time <-> pixels.
  float ToX(double time_ns) const {
    return x + static_cast<float>((Units(time_ns) - begin_ns) / (end_ns - begin_ns)) * width;
  }
  double ToUnits(float pixel_x) const {
    return begin_ns + static_cast<double>(pixel_x - x) / static_cast<double>(width) * (end_ns - begin_ns);
  }
  double ToNs(float pixel_x) const { return FromUnits(ToUnits(pixel_x)); }
  // The real time at the window's edges.
  double BeginNs() const { return FromUnits(begin_ns); }
  double EndNs() const { return FromUnits(end_ns); }
};

// One drawn box: a single item (count == 1) or `count` folded ones starting at `first`.
struct TimelineBox {
  float x0 = 0;
  float x1 = 0;
  std::uint32_t first = 0;
  std::uint32_t count = 1;
};

// Folds the items of `items` visible on `axis` into boxes, appending them to `out`.
// FoldSpans leaves LaneSpans that are Idle out (the lane's background already says idle).
void FoldSpans(std::span<const trace::LaneSpan> items, const TimeAxis& axis, float fold_px,
               std::vector<TimelineBox>& out);
void FoldSlices(std::span<const trace::Slice> items, const TimeAxis& axis, float fold_px,
                std::vector<TimelineBox>& out);

// Where the lanes go inside the timeline's contents, shared with the Agents panel beside it so
// that each agent's row there is level with its lane: a row per agent, in agent id order.
struct LaneLayout {
  float axis_height = 0;  // the row of time labels above the lanes
  float first_top = 0;    // the top of lane 0, from the top of the contents
  float pitch = 0;        // from one lane's top to the next
  float row_height = 0;   // the lane's box (tasks and microtasks)
  float band_height = 0;  // the activity band under it

  float Top(std::size_t lane) const { return first_top + pitch * static_cast<float>(lane); }
};
LaneLayout ComputeLaneLayout(float contents_height, std::size_t lanes, float line_height, float scale);

struct TimelineView {
  // The visible window, in axis units. While `fit` is on, it follows the whole run.
  double begin_ns = 0;
  double end_ns = 0;
  bool fit = true;
  bool dragging = false;     // the mouse is panning the view
  float drag_distance = 0;   // how far the current press moved, to tell a click from a drag
  TimeWarp warp;             // the compressed axis (empty when linear)

  // What the last frame drew, for the tests and the benchmark.
  std::size_t boxes_drawn = 0;
  std::size_t folded_boxes = 0;
  std::size_t breaks_drawn = 0;      // idle gaps drawn as a break on the compressed axis
  std::vector<TimelineBox> scratch;  // reused every frame so drawing allocates nothing
};

}  // namespace th::ui
