// Timeline: a lane per agent over virtual time. The thin band under each lane says what the
// thread did (running JavaScript, busy in work(), idle); the boxes are the tasks it ran (the
// main script, timers, message handlers) with the microtasks that ran after each, inset; arrows
// are messages between agents. The wheel zooms, a drag pans, a double-click fits the whole run,
// and a click jumps to the step where what was clicked began.
//
// [SECTION] axis  [SECTION] lanes  [SECTION] interaction
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

#include "trace/timeline_index.h"
#include "trace/trace.h"
#include "ui/panels/panels.h"
#include "ui/panels/widgets.h"

namespace th::ui {

namespace {

constexpr double kNsPerMs = 1e6;

// A tick spacing of 1, 2 or 5 times a power of ten that gives roughly `target` ticks.
double NiceTickStep(double span, int target) {
  const double raw = span / std::max(target, 1);
  const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
  for (double factor : {1.0, 2.0, 5.0, 10.0}) {
    if (raw <= factor * magnitude) return factor * magnitude;
  }
  return 10.0 * magnitude;
}

ImU32 WithAlpha(ImU32 colour, int alpha) {
  return (colour & 0x00FFFFFF) | (static_cast<ImU32>(alpha) << 24);
}

// What the mouse is over, found while drawing, so a click can jump to it.
struct Hit {
  bool found = false;
  std::uint32_t step = 0;
  std::string tooltip;
};

struct LaneGeometry {
  float top = 0;
  float row_height = 0;
  float band_height = 0;
  float Middle() const { return top + row_height * 0.5f; }
};

// [SECTION] axis
void DrawAxis(ImDrawList* draw, const TimeAxis& axis, ImVec2 origin, float height, float axis_height,
              const UiContext& ui, const Accents& accents) {
  const double span_ms = (axis.end_ns - axis.begin_ns) / kNsPerMs;
  const double step_ms = NiceTickStep(span_ms, std::max(2, static_cast<int>(axis.width / (110.0f * ui.scale))));
  const ImU32 grid = WithAlpha(ImGui::GetColorU32(ImGuiCol_Border), 160);
  char label[32];
  const double first_ms = std::ceil(axis.begin_ns / kNsPerMs / step_ms) * step_ms;
  for (double t = first_ms; t <= axis.end_ns / kNsPerMs; t += step_ms) {
    const float x = axis.ToX(t * kNsPerMs);
    draw->AddLine(ImVec2(x, origin.y + axis_height), ImVec2(x, origin.y + height), grid);
    std::snprintf(label, sizeof label, "%g ms", std::abs(t) < step_ms * 1e-6 ? 0.0 : t);
    draw->AddText(ImVec2(x + 3.0f * ui.scale, origin.y), accents.muted_text, label);
  }
}

std::string SliceLabel(const trace::Trace* trace, const trace::Slice& slice, bool microtask) {
  if (slice.label == 0 || !trace) return microtask ? "microtask" : "main script";
  return std::string(trace->String(slice.label));
}

// [SECTION] lanes
void DrawSlices(ImDrawList* draw, std::span<const trace::Slice> slices, bool microtask, const TimeAxis& axis,
                const LaneGeometry& lane, ImU32 colour, PanelContext& context, ImVec2 mouse, Hit& hit) {
  TimelineView& view = context.view.timeline;
  const float fold = kFoldPixels * context.ui.scale;
  view.scratch.clear();
  FoldSlices(slices, axis, fold, view.scratch);
  const float inset = microtask ? lane.row_height * 0.22f : 0.0f;
  const float y0 = lane.top + inset;
  const float y1 = lane.top + lane.row_height - inset;
  const float pad = 4.0f * context.ui.scale;
  const float text_y = y0 + (y1 - y0 - ImGui::GetTextLineHeight()) * 0.5f;
  for (std::size_t b = 0; b < view.scratch.size(); ++b) {
    const TimelineBox& box = view.scratch[b];
    const ImVec2 min(box.x0, y0), max(std::max(box.x1, box.x0 + 1.0f), y1);
    const bool folded = box.count > 1;
    draw->AddRectFilled(min, max, WithAlpha(colour, folded ? 110 : 200), 3.0f * context.ui.scale);
    const trace::Slice& first = slices[box.first];
    std::string text = folded ? std::to_string(box.count) + (microtask ? " microtasks" : " tasks")
                              : SliceLabel(context.input.trace, first, microtask);
    if (max.x - min.x > 24.0f * context.ui.scale) {
      const ImVec4 clip(min.x + pad, y0, max.x - pad, y1);
      draw->AddText(nullptr, 0.0f, ImVec2(min.x + pad, text_y), ImGui::GetColorU32(ImGuiCol_Text), text.c_str(),
                    nullptr, 0.0f, &clip);
    } else if (!microtask) {
      // A task too short to hold its name gets it beside it, in the free space up to the next.
      const float next = b + 1 < view.scratch.size() ? view.scratch[b + 1].x0 : axis.x + axis.width;
      if (next - max.x > 40.0f * context.ui.scale) {
        const ImVec4 clip(max.x + pad, y0, next - pad, y1);
        draw->AddText(nullptr, 0.0f, ImVec2(max.x + pad, text_y), AccentsFor(context.ui.settings.theme).muted_text,
                      text.c_str(), nullptr, 0.0f, &clip);
      }
    }
    if (mouse.x >= min.x && mouse.x <= max.x && mouse.y >= y0 && mouse.y <= y1) {
      hit.found = true;
      hit.step = first.begin_step;
      hit.tooltip = folded ? text + " (zoom in to tell them apart)\nClick: go to the first one (step " +
                                 std::to_string(first.begin_step) + ")"
                           : std::string(microtask ? "microtask: " : "task: ") + text + "\nClick: go to step " +
                                 std::to_string(first.begin_step) + ", where it starts";
    }
  }
  view.boxes_drawn += view.scratch.size();
  for (const TimelineBox& box : view.scratch) view.folded_boxes += box.count > 1 ? 1 : 0;
}

void DrawActivity(ImDrawList* draw, const trace::Lane& lane, const TimeAxis& axis, const LaneGeometry& geometry,
                  PanelContext& context, const Accents& accents) {
  TimelineView& view = context.view.timeline;
  view.scratch.clear();
  FoldSpans(lane.spans, axis, kFoldPixels * context.ui.scale, view.scratch);
  const float y0 = geometry.top + geometry.row_height + 2.0f * context.ui.scale;
  const float y1 = y0 + geometry.band_height;
  for (const TimelineBox& box : view.scratch) {
    const bool busy = box.count == 1 && lane.spans[box.first].activity == trace::LaneActivity::Busy;
    draw->AddRectFilled(ImVec2(box.x0, y0), ImVec2(std::max(box.x1, box.x0 + 1.0f), y1),
                        busy ? accents.error : accents.call_stack);
  }
  view.boxes_drawn += view.scratch.size();
}

void DrawArrows(ImDrawList* draw, std::span<const trace::MessageArrow> arrows, const TimeAxis& axis,
                const std::vector<LaneGeometry>& lanes, const UiContext& ui, ImU32 colour) {
  const float head = 5.0f * ui.scale;
  for (const trace::MessageArrow& arrow : arrows) {
    if (arrow.from_agent >= lanes.size() || arrow.to_agent >= lanes.size()) continue;
    if (arrow.receive_ns < axis.begin_ns || arrow.send_ns > axis.end_ns) continue;
    const ImVec2 from(axis.ToX(static_cast<double>(arrow.send_ns)), lanes[arrow.from_agent].Middle());
    ImVec2 to(axis.ToX(static_cast<double>(arrow.receive_ns)), lanes[arrow.to_agent].Middle());
    const float direction = to.y > from.y ? 1.0f : -1.0f;
    draw->AddLine(from, to, colour, 1.5f * ui.scale);
    draw->AddCircleFilled(from, 2.5f * ui.scale, colour);
    draw->AddTriangleFilled(to, ImVec2(to.x - head, to.y - direction * head * 1.6f),
                            ImVec2(to.x + head, to.y - direction * head * 1.6f), colour);
  }
}

// [SECTION] interaction
void HandleZoomAndPan(TimelineView& view, const TimeAxis& axis, double run_end_ns, bool hovered, bool active) {
  const ImGuiIO& io = ImGui::GetIO();
  if (hovered && io.MouseWheel != 0.0f) {
    const double anchor = axis.ToNs(io.MousePos.x);
    const double factor = io.MouseWheel > 0 ? 0.8 : 1.25;
    view.begin_ns = anchor - (anchor - axis.begin_ns) * factor;
    view.end_ns = anchor + (axis.end_ns - anchor) * factor;
    view.fit = false;
  }
  if (active && ImGui::IsMouseDragging(ImGuiMouseButton_Left, 2.0f)) {
    const double shift = static_cast<double>(io.MouseDelta.x) * axis.NsPerPixel();
    view.begin_ns = axis.begin_ns - shift;
    view.end_ns = axis.end_ns - shift;
    view.fit = false;
    view.dragging = true;
  }
  if (hovered && ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left)) view.fit = true;
  // Never zoom in past 10 ns across the view, nor pan before the run starts.
  if (!view.fit) {
    const double span = std::max(view.end_ns - view.begin_ns, 10.0);
    view.begin_ns = std::clamp(view.begin_ns, 0.0, std::max(run_end_ns, 0.0));
    view.end_ns = view.begin_ns + span;
  }
}

}  // namespace

void DrawTimelinePanel(PanelContext& context) {
  const session::State& state = context.State();
  const UiContext& ui = context.ui;
  const Accents& accents = AccentsFor(ui.settings.theme);
  TimelineView& view = context.view.timeline;
  view.boxes_drawn = 0;
  view.folded_boxes = 0;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  if (avail.x < 10 || avail.y < 10) return;
  ImGui::InvisibleButton("timeline", avail);
  const bool hovered = ImGui::IsItemHovered();
  const bool active = ImGui::IsItemActive();

  const trace::TimelineIndex* index = context.input.timeline;
  const double run_end_ns = index ? static_cast<double>(index->EndNs()) : 0.0;
  // Room for the longest agent name, within reason.
  float label_width = 48.0f * ui.scale;
  for (const session::AgentState& agent : state.agents) label_width = std::max(label_width, ImGui::CalcTextSize(agent.name.c_str()).x + 10.0f * ui.scale);
  label_width = std::min(label_width, avail.x * 0.25f);
  TimeAxis axis;
  axis.x = origin.x + label_width;
  axis.width = std::max(avail.x - label_width - 6.0f * ui.scale, 1.0f);
  if (view.fit) {
    // The whole run, and at least 10 µs so an empty run still reads as time.
    view.begin_ns = 0;
    view.end_ns = std::max(run_end_ns * 1.04, 0.01 * kNsPerMs);
  }
  axis.begin_ns = view.begin_ns;
  axis.end_ns = std::max(view.end_ns, view.begin_ns + 10.0);
  HandleZoomAndPan(view, axis, run_end_ns, hovered, active);
  axis.begin_ns = view.begin_ns;
  axis.end_ns = std::max(view.end_ns, view.begin_ns + 10.0);

  const float axis_height = ImGui::GetTextLineHeight() + 4.0f * ui.scale;
  DrawAxis(draw, axis, origin, avail.y, axis_height, ui, accents);

  // Lanes share the height left under the axis, each at most a comfortable size.
  const std::size_t lane_count = index ? std::max<std::size_t>(index->Lanes().size(), 1) : 1;
  const float lanes_height = avail.y - axis_height - 4.0f * ui.scale;
  const float lane_pitch = std::min(lanes_height / static_cast<float>(lane_count), 34.0f * ui.scale);
  std::vector<LaneGeometry> geometry;
  for (std::size_t i = 0; i < lane_count; ++i) {
    LaneGeometry lane;
    lane.top = origin.y + axis_height + 4.0f * ui.scale + lane_pitch * static_cast<float>(i);
    lane.band_height = std::max(lane_pitch * 0.12f, 2.0f);
    lane.row_height = std::max(lane_pitch - lane.band_height - 6.0f * ui.scale, 4.0f);
    geometry.push_back(lane);
  }

  const ImVec2 mouse = ImGui::GetIO().MousePos;
  Hit hit;
  draw->PushClipRect(ImVec2(origin.x, origin.y), origin + avail, true);
  for (std::size_t i = 0; i < lane_count; ++i) {
    const LaneGeometry& lane = geometry[i];
    const char* name = i < state.agents.size() ? state.agents[i].name.c_str() : "main";
    const ImVec4 label_clip(origin.x, lane.top, axis.x - 4.0f * ui.scale, lane.top + lane.row_height);
    draw->AddText(nullptr, 0.0f, ImVec2(origin.x, lane.Middle() - ImGui::GetTextLineHeight() * 0.5f),
                  ImGui::GetColorU32(ImGuiCol_Text), name, nullptr, 0.0f, &label_clip);
    draw->AddRectFilled(ImVec2(axis.x, lane.top), ImVec2(axis.x + axis.width, lane.top + lane.row_height),
                        ImGui::GetColorU32(ImGuiCol_FrameBg), 3.0f * ui.scale);
  }
  draw->PushClipRect(ImVec2(axis.x, origin.y), ImVec2(axis.x + axis.width, origin.y + avail.y), true);
  if (index) {
    for (const trace::Lane& lane : index->Lanes()) {
      if (lane.agent >= geometry.size()) continue;
      DrawActivity(draw, lane, axis, geometry[lane.agent], context, accents);
      DrawSlices(draw, lane.tasks, false, axis, geometry[lane.agent], accents.task_queues, context, mouse, hit);
      DrawSlices(draw, lane.microtasks, true, axis, geometry[lane.agent], accents.microtasks, context, mouse, hit);
    }
    DrawArrows(draw, index->Arrows(), axis, geometry, ui, accents.web_apis);
  }
  // Now: where the step being shown is in time.
  const float now_x = axis.ToX(state.time_ms * kNsPerMs);
  draw->AddLine(ImVec2(now_x, origin.y + axis_height), ImVec2(now_x, origin.y + avail.y), accents.code, 2.0f * ui.scale);
  draw->PopClipRect();
  draw->PopClipRect();

  if (state.step_count == 0) {
    ImGui::SetCursorScreenPos(ImVec2(axis.x + 8.0f * ui.scale, geometry.front().top + 2.0f * ui.scale));
    EmptyHint(ui, "Run the program to see when each agent runs, waits and sleeps.");
    return;
  }
  if (hovered && !view.dragging) {
    if (hit.found) {
      ImGui::SetTooltip("%s", hit.tooltip.c_str());
    } else if (mouse.x >= axis.x) {
      ImGui::SetTooltip("%.4g ms\nWheel: zoom, drag: pan, double-click: whole run", axis.ToNs(mouse.x) / kNsPerMs);
    }
  }
  // A click (not the end of a drag) jumps to what was clicked, or to that moment.
  if (ImGui::IsItemDeactivated() && !view.dragging && context.input.trace && mouse.x >= axis.x) {
    const std::uint32_t step = hit.found ? hit.step
                                         : trace::TimelineIndex::StepAtTime(*context.input.trace,
                                                                            static_cast<std::int64_t>(axis.ToNs(mouse.x)));
    context.output.commands.push_back({session::CommandKind::SeekTo, static_cast<std::int64_t>(step)});
  }
  if (!ImGui::IsMouseDown(ImGuiMouseButton_Left)) view.dragging = false;
}

}  // namespace th::ui
