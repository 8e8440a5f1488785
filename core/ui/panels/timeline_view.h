#pragma once
// The Timeline panel's view state (zoom, pan, what was drawn) and the folding that keeps it
// fast on long runs: the visible time range is found by binary search, and runs of items
// narrower than a few pixels are folded into one box that says how many it holds (Tracy's
// timeline). Pure functions of the data, so tests and the benchmark can use them without
// drawing.

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include "trace/timeline_index.h"

namespace th::ui {

// Items of a lane narrower than this (in pixels, before the HiDPI scale) are folded together.
inline constexpr float kFoldPixels = 3.0f;

// The time window the timeline shows, mapped onto `width` pixels starting at `x`.
struct TimeAxis {
  double begin_ns = 0;
  double end_ns = 1;
  float x = 0;
  float width = 1;

  double NsPerPixel() const { return (end_ns - begin_ns) / static_cast<double>(width); }
  float ToX(double time_ns) const {
    return x + static_cast<float>((time_ns - begin_ns) / (end_ns - begin_ns)) * width;
  }
  double ToNs(float pixel_x) const {
    return begin_ns + static_cast<double>(pixel_x - x) / static_cast<double>(width) * (end_ns - begin_ns);
  }
};

// One drawn box: a single item (count == 1) or `count` folded ones starting at `first`.
struct TimelineBox {
  float x0 = 0;
  float x1 = 0;
  std::uint32_t first = 0;
  std::uint32_t count = 1;
};

// Folds the items of `items` visible on `axis` into boxes, appending them to `out`.
// `skip_idle` leaves LaneSpans that are Idle out (the lane's background already says idle).
void FoldSpans(std::span<const trace::LaneSpan> items, const TimeAxis& axis, float fold_px,
               std::vector<TimelineBox>& out);
void FoldSlices(std::span<const trace::Slice> items, const TimeAxis& axis, float fold_px,
                std::vector<TimelineBox>& out);

struct TimelineView {
  // The visible window of virtual time. While `fit` is on, it follows the whole run.
  double begin_ns = 0;
  double end_ns = 0;
  bool fit = true;
  bool dragging = false;     // the mouse is panning the view
  float drag_distance = 0;   // how far the current press moved, to tell a click from a drag

  // What the last frame drew, for the tests and the benchmark.
  std::size_t boxes_drawn = 0;
  std::size_t folded_boxes = 0;
  std::vector<TimelineBox> scratch;  // reused every frame so drawing allocates nothing
};

}  // namespace th::ui
