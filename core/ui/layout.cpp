#include "ui/layout.h"

#include <algorithm>
#include <cmath>

namespace th::ui {

namespace {

// Whole pixels: ImGui snaps window positions and sizes, and panel edges stay crisp.
Rect MakeRect(float x, float y, float w, float h) {
  return Rect{ImVec2(std::floor(x), std::floor(y)),
              ImVec2(std::max(std::floor(w), 1.0f), std::max(std::floor(h), 1.0f))};
}

void Place(Layout& layout, PanelId id, Rect rect) {
  layout.panels[static_cast<std::size_t>(id)] = rect;
}

}  // namespace

Layout ComputeLayout(ImVec2 viewport, float scale) {
  Layout layout;
  const float gap = 6.0f * scale;
  layout.compact = viewport.x / scale < kCompactWidth || viewport.y / scale < kCompactHeight;
  const float toolbar_height = (layout.compact ? 72.0f : 78.0f) * scale;
  layout.toolbar = MakeRect(0, 0, viewport.x, toolbar_height);
  // Two lines: the explanation and its analogy on the desktop; in a small embed the
  // explanation may wrap onto the second line and the analogy moves into a tooltip.
  const float explain_height = (layout.compact ? 48.0f : 54.0f) * scale;
  const float width = viewport.x - 2 * gap;
  layout.explain = MakeRect(gap, toolbar_height + gap, width, explain_height);

  const float top = toolbar_height + gap + explain_height + gap;
  // Room for two lanes (main and one worker or child) even in a small embed.
  const float timeline_height = std::clamp((viewport.y - top) * 0.26f, 112.0f * scale, 240.0f * scale);
  const float body_height = viewport.y - top - timeline_height - 2 * gap;
  const float timeline_top = top + body_height + gap;
  // The Agents list sits left of the timeline, one row per agent beside its lane.
  const float agents_width = std::clamp(width * 0.2f, 150.0f * scale, 260.0f * scale);
  Place(layout, PanelId::Agents, MakeRect(gap, timeline_top, agents_width, timeline_height));
  Place(layout, PanelId::Timeline,
        MakeRect(gap + agents_width + gap, timeline_top, width - agents_width - gap, timeline_height));

  if (layout.compact) {
    // Two columns: the code and console on the left, the four runtime panels stacked right.
    const float left_width = (width - gap) * 0.5f;
    const float right_x = gap + left_width + gap;
    // The code gets most of the column: at 800x500 every line it loses is a line of program.
    const float code_height = (body_height - gap) * 0.68f;
    Place(layout, PanelId::Code, MakeRect(gap, top, left_width, code_height));
    Place(layout, PanelId::Console,
          MakeRect(gap, top + code_height + gap, left_width, body_height - code_height - gap));
    const float cell_height = (body_height - gap) * 0.5f;
    const float cell_width = (width - left_width - 2 * gap) * 0.5f;
    Place(layout, PanelId::CallStack, MakeRect(right_x, top, cell_width, cell_height));
    Place(layout, PanelId::WebApis, MakeRect(right_x + cell_width + gap, top, cell_width, cell_height));
    const float lower = top + cell_height + gap;
    Place(layout, PanelId::TaskQueues, MakeRect(right_x, lower, cell_width, cell_height));
    Place(layout, PanelId::Microtasks, MakeRect(right_x + cell_width + gap, lower, cell_width, cell_height));
    return layout;
  }

  // Three columns: code and console; the stack and the Web APIs; the two kinds of queue.
  const float column_width = (width - 2 * gap) / 3.0f;
  const float code_width = column_width * 1.2f;
  const float side_width = (width - code_width - 2 * gap) * 0.5f;
  const float middle_x = gap + code_width + gap;
  const float right_x = middle_x + side_width + gap;
  const float code_height = (body_height - gap) * 0.64f;
  Place(layout, PanelId::Code, MakeRect(gap, top, code_width, code_height));
  Place(layout, PanelId::Console,
        MakeRect(gap, top + code_height + gap, code_width, body_height - code_height - gap));
  const float half_height = (body_height - gap) * 0.5f;
  Place(layout, PanelId::CallStack, MakeRect(middle_x, top, side_width, half_height));
  Place(layout, PanelId::WebApis, MakeRect(middle_x, top + half_height + gap, side_width, half_height));
  Place(layout, PanelId::TaskQueues, MakeRect(right_x, top, side_width, half_height));
  Place(layout, PanelId::Microtasks, MakeRect(right_x, top + half_height + gap, side_width, half_height));
  return layout;
}

}  // namespace th::ui
