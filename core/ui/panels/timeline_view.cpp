#include "ui/panels/timeline_view.h"

#include <algorithm>

namespace th::ui {

namespace {

// Tracy's folding: an item narrower than `fold_px` starts a group; every following item that
// ends within `fold_px` of the group's end is skipped by binary search, not visited, so a frame
// costs O(boxes × log items) however many items the window holds.
template <typename Item, typename Keep>
void Fold(std::span<const Item> items, const TimeAxis& axis, float fold_px, Keep keep,
          std::vector<TimelineBox>& out) {
  const auto [first, last] = trace::VisibleRange(items, static_cast<std::int64_t>(axis.begin_ns),
                                                 static_cast<std::int64_t>(axis.end_ns));
  const double fold_ns = fold_px * axis.NsPerPixel();
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
      // Everything ending before group_end + fold_ns would land inside this box anyway.
      const double reach = group_end + fold_ns;
      const auto skip = std::partition_point(items.begin() + static_cast<std::ptrdiff_t>(next),
                                             items.begin() + static_cast<std::ptrdiff_t>(last),
                                             [reach](const Item& other) { return static_cast<double>(other.end_ns) < reach; });
      const std::size_t skipped_to = static_cast<std::size_t>(skip - items.begin());
      kept += skipped_to - next;
      next = skipped_to;
      if (next >= last) break;
      const Item& candidate = items[next];
      const double width_ns = static_cast<double>(candidate.end_ns - candidate.begin_ns);
      // A wide item, or one that starts after a visible gap, ends the group.
      if (width_ns >= fold_ns || static_cast<double>(candidate.begin_ns) > reach) break;
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

}  // namespace th::ui
