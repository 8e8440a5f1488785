#include "ui/panels/timeline_view.h"

#include <algorithm>

namespace th::ui {

// [SECTION] the compressed axis

double TimeWarp::ToAxis(double time_ns) const {
  // The last gap that begins at or before `time_ns`.
  const auto after = std::upper_bound(gaps.begin(), gaps.end(), time_ns,
                                      [](double t, const IdleGap& gap) { return t < static_cast<double>(gap.begin_ns); });
  if (after == gaps.begin()) return time_ns;
  const IdleGap& gap = *(after - 1);
  const double begin = static_cast<double>(gap.begin_ns);
  const double length = static_cast<double>(gap.end_ns - gap.begin_ns);
  if (time_ns < static_cast<double>(gap.end_ns)) return gap.axis_begin + (time_ns - begin) / length * gap.shown;
  return gap.axis_begin + gap.shown + (time_ns - static_cast<double>(gap.end_ns));
}

double TimeWarp::ToNs(double axis) const {
  const auto after = std::upper_bound(gaps.begin(), gaps.end(), axis,
                                      [](double a, const IdleGap& gap) { return a < gap.axis_begin; });
  if (after == gaps.begin()) return axis;
  const IdleGap& gap = *(after - 1);
  const double length = static_cast<double>(gap.end_ns - gap.begin_ns);
  if (axis < gap.axis_begin + gap.shown) return static_cast<double>(gap.begin_ns) + (axis - gap.axis_begin) / gap.shown * length;
  return static_cast<double>(gap.end_ns) + (axis - gap.axis_begin - gap.shown);
}

namespace {

struct Stretch {
  std::int64_t begin_ns;
  std::int64_t end_ns;
  std::int64_t Length() const { return end_ns - begin_ns; }
};

// The stretches in which no agent is running or busy, found by walking every lane's spans at
// once in time order (each lane's spans are sorted): O(spans × lanes).
std::vector<Stretch> IdleStretches(const trace::TimelineIndex& index) {
  std::vector<Stretch> idle;
  const std::span<const trace::Lane> lanes = index.Lanes();
  std::vector<std::size_t> next(lanes.size(), 0);
  // Every moment before `covered` has had an agent at work, or is already listed as idle. The
  // run's axis starts at 0, so a wait before the first event (the engine starting up) counts too.
  std::int64_t covered = 0;
  for (;;) {
    // The lane whose next span of work begins first.
    const trace::LaneSpan* earliest = nullptr;
    std::size_t from = 0;
    for (std::size_t l = 0; l < lanes.size(); ++l) {
      const std::vector<trace::LaneSpan>& spans = lanes[l].spans;
      std::size_t& i = next[l];
      while (i < spans.size() && spans[i].activity == trace::LaneActivity::Idle) ++i;
      if (i < spans.size() && (!earliest || spans[i].begin_ns < earliest->begin_ns)) {
        earliest = &spans[i];
        from = l;
      }
    }
    if (!earliest) break;
    ++next[from];
    if (earliest->begin_ns > covered) idle.push_back({covered, earliest->begin_ns});
    covered = std::max(covered, earliest->end_ns);
  }
  if (index.EndNs() > covered && !lanes.empty()) idle.push_back({covered, index.EndNs()});
  return idle;
}

}  // namespace

void BuildTimeWarp(const trace::TimelineIndex& index, TimeWarp& warp) {
  warp.gaps.clear();
  std::vector<Stretch> idle = IdleStretches(index);
  const std::int64_t total = index.EndNs();
  if (idle.empty() || total <= 0) return;
  // Squeezing the k longest stretches leaves busy = total - their length; each is then shown as
  // a share of the busy time that shrinks as k grows (together at most about a third of the
  // axis). A stretch is worth squeezing when it is at least three times what it would show as;
  // the most stretches that all are is the choice.
  std::sort(idle.begin(), idle.end(), [](const Stretch& a, const Stretch& b) { return a.Length() > b.Length(); });
  if (idle.size() > kMaxIdleGaps) idle.resize(kMaxIdleGaps);
  const auto shown_for = [total](std::int64_t squeezed, std::size_t k) {
    const double busy = static_cast<double>(std::max<std::int64_t>(total - squeezed, 1));
    return busy * std::min(kGapShare, kAllGapsShare / static_cast<double>(k));
  };
  std::size_t chosen = 0;
  double shown = 0;
  std::int64_t squeezed = 0;
  for (std::size_t k = 1; k <= idle.size(); ++k) {
    squeezed += idle[k - 1].Length();
    const double candidate = shown_for(squeezed, k);
    if (static_cast<double>(idle[k - 1].Length()) >= 3.0 * candidate) {
      chosen = k;
      shown = candidate;
    }
  }
  if (chosen == 0) return;
  idle.resize(chosen);
  std::sort(idle.begin(), idle.end(), [](const Stretch& a, const Stretch& b) { return a.begin_ns < b.begin_ns; });
  double removed = 0;  // axis units taken out by the gaps before
  for (const Stretch& stretch : idle) {
    IdleGap gap;
    gap.begin_ns = stretch.begin_ns;
    gap.end_ns = stretch.end_ns;
    gap.axis_begin = static_cast<double>(stretch.begin_ns) - removed;
    gap.shown = shown;
    removed += static_cast<double>(stretch.Length()) - shown;
    warp.gaps.push_back(gap);
  }
}

// [SECTION] folding

namespace {

// Tracy's folding: an item narrower than `fold_px` starts a group; every following item that
// ends within `fold_px` of the group's end is skipped by binary search, not visited, so a frame
// costs O(boxes × log items) however many items the window holds. On a compressed axis the
// reach of a group is found in axis units and turned back into real time.
template <typename Item, typename Keep>
void Fold(std::span<const Item> items, const TimeAxis& axis, float fold_px, Keep keep,
          std::vector<TimelineBox>& out) {
  const auto [first, last] = trace::VisibleRange(items, static_cast<std::int64_t>(axis.BeginNs()),
                                                 static_cast<std::int64_t>(axis.EndNs()));
  const double fold_units = fold_px * axis.UnitsPerPixel();
  std::size_t i = first;
  while (i < last) {
    const Item& item = items[i];
    if (!keep(item)) {
      ++i;
      continue;
    }
    const float x0 = axis.ToX(static_cast<double>(item.begin_ns));
    float x1 = axis.ToX(static_cast<double>(item.end_ns));
    if (x1 - x0 >= fold_px) {
      out.push_back({x0, x1, static_cast<std::uint32_t>(i), 1});
      ++i;
      continue;
    }
    const std::size_t group_first = i;
    std::size_t kept = 0;
    double group_end = static_cast<double>(item.end_ns);
    std::size_t next = i + 1;
    ++kept;
    for (;;) {
      // Everything ending before the reach would land inside this box anyway.
      const double reach = axis.FromUnits(axis.Units(group_end) + fold_units);
      const auto skip = std::partition_point(items.begin() + static_cast<std::ptrdiff_t>(next),
                                             items.begin() + static_cast<std::ptrdiff_t>(last),
                                             [reach](const Item& other) { return static_cast<double>(other.end_ns) < reach; });
      const std::size_t skipped_to = static_cast<std::size_t>(skip - items.begin());
      kept += skipped_to - next;
      next = skipped_to;
      if (next >= last) break;
      const Item& candidate = items[next];
      const float width_px = axis.ToX(static_cast<double>(candidate.end_ns)) - axis.ToX(static_cast<double>(candidate.begin_ns));
      // A wide item, or one that starts after a visible gap, ends the group.
      if (width_px >= fold_px || static_cast<double>(candidate.begin_ns) > reach) break;
      group_end = static_cast<double>(candidate.end_ns);
      ++next;
      ++kept;
    }
    x1 = std::max(axis.ToX(group_end), x0 + fold_px);
    out.push_back({x0, x1, static_cast<std::uint32_t>(group_first), static_cast<std::uint32_t>(std::max<std::size_t>(kept, 1))});
    i = next;
  }
}

}  // namespace

void FoldSpans(std::span<const trace::LaneSpan> items, const TimeAxis& axis, float fold_px,
               std::vector<TimelineBox>& out) {
  Fold(items, axis, fold_px, [](const trace::LaneSpan& span) { return span.activity != trace::LaneActivity::Idle; }, out);
}

void FoldSlices(std::span<const trace::Slice> items, const TimeAxis& axis, float fold_px,
                std::vector<TimelineBox>& out) {
  Fold(items, axis, fold_px, [](const trace::Slice&) { return true; }, out);
}

// [SECTION] lanes

LaneLayout ComputeLaneLayout(float contents_height, std::size_t lanes, float line_height, float scale) {
  LaneLayout layout;
  layout.axis_height = line_height + 4.0f * scale;
  layout.first_top = layout.axis_height + 4.0f * scale;
  const float lanes_height = contents_height - layout.first_top;
  // Lanes share the height left under the axis, each at most a comfortable size.
  layout.pitch = std::max(std::min(lanes_height / static_cast<float>(std::max<std::size_t>(lanes, 1)), 34.0f * scale), 6.0f);
  layout.band_height = std::max(layout.pitch * 0.12f, 2.0f);
  layout.row_height = std::max(layout.pitch - layout.band_height - 6.0f * scale, 4.0f);
  return layout;
}

}  // namespace th::ui
