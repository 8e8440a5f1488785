// Timeline: a lane per agent over virtual time. The thin band under each lane says what the
// thread did (running JavaScript, busy in work(), idle); the boxes are the tasks it ran (the
// main script, timers, message handlers) with the microtasks that ran after each, inset; arrows
// are messages between agents. The wheel zooms, a drag pans, a double-click fits the whole run,
// and a click jumps to the step where what was clicked began. "Squeeze idle" switches between
// a linear time axis and a compressed one on which long idle waits shrink to a marked break.
//
// [SECTION] axis  [SECTION] idle breaks  [SECTION] lanes  [SECTION] interaction
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <span>
#include <string>

#include "trace/timeline_index.h"
#include "trace/trace.h"
#include "ui/panels/panels.h"
#include "ui/panels/widgets.h"
#include "ui/view_model.h"

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

// The squeezed stretches that reach into [begin_ns, ...): found by binary search, so a run with
// thousands of breaks costs only those in view.
std::span<const IdleGap> GapsFrom(const TimeWarp& warp, double begin_ns) {
  const auto first = std::partition_point(warp.gaps.begin(), warp.gaps.end(),
                                          [begin_ns](const IdleGap& gap) { return static_cast<double>(gap.end_ns) < begin_ns; });
  const auto offset = static_cast<std::size_t>(first - warp.gaps.begin());
  return std::span<const IdleGap>(warp.gaps.data() + offset, warp.gaps.size() - offset);
}

ImU32 WithAlpha(ImU32 colour, int alpha) {
  return (colour & 0x00FFFFFF) | (static_cast<ImU32>(alpha) << 24);
}

// A duration in three significant digits: "2 s", "999 ms", "12.5 µs".
std::string ShortDuration(double ms) {
  char text[32];
  if (ms >= 1000.0) std::snprintf(text, sizeof text, "%.3g s", ms / 1000.0);
  else if (ms >= 1.0) std::snprintf(text, sizeof text, "%.3g ms", ms);
  else if (ms >= 1e-3) std::snprintf(text, sizeof text, "%.3g \xc2\xb5s", ms * 1e3);
  else std::snprintf(text, sizeof text, "%.3g ns", ms * 1e6);
  return text;
}

// A tick's label: its real time in the unit that suits it, with as many decimals as the tick
// spacing needs, so neighbouring ticks never read the same ("65.405 µs", "65.41 µs").
std::string TickLabel(double time_ms, double step_ms) {
  if (std::abs(time_ms) < step_ms * 1e-6) return "0";
  struct Unit {
    double ms;
    const char* name;
  };
  static constexpr Unit kUnits[] = {{1000.0, "s"}, {1.0, "ms"}, {1e-3, "\xc2\xb5s"}, {1e-6, "ns"}};
  const Unit* unit = &kUnits[3];
  for (const Unit& candidate : kUnits) {
    if (std::abs(time_ms) >= candidate.ms) {
      unit = &candidate;
      break;
    }
  }
  const double step = step_ms / unit->ms;
  const int decimals = step >= 1.0 ? 0 : std::min(6, static_cast<int>(std::ceil(-std::log10(step) - 1e-9)));
  char text[48];
  std::snprintf(text, sizeof text, "%.*f %s", decimals, time_ms / unit->ms, unit->name);
  return text;
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
// Ticks at round real times over [begin_ns, end_ns], a stretch the axis shows linearly, with
// labels that keep clear of the one drawn before (`label_end`).
void DrawTicks(ImDrawList* draw, const TimeAxis& axis, double begin_ns, double end_ns, ImVec2 origin, float height,
               float axis_height, const UiContext& ui, const Accents& accents, float& label_end, float label_limit) {
  const float x0 = axis.ToX(begin_ns), x1 = axis.ToX(end_ns);
  if (x1 - x0 < 8.0f * ui.scale || end_ns <= begin_ns) return;
  const double span_ms = (end_ns - begin_ns) / kNsPerMs;
  const double step_ms = NiceTickStep(span_ms, std::max(1, static_cast<int>((x1 - x0) / (110.0f * ui.scale))));
  const ImU32 grid = WithAlpha(ImGui::GetColorU32(ImGuiCol_Border), 160);
  const double first_ms = std::ceil(begin_ns / kNsPerMs / step_ms) * step_ms;
  for (double t = first_ms; t <= end_ns / kNsPerMs; t += step_ms) {
    const float x = axis.ToX(t * kNsPerMs);
    draw->AddLine(ImVec2(x, origin.y + axis_height), ImVec2(x, origin.y + height), grid);
    const std::string label = TickLabel(t, step_ms);
    const float width = ImGui::CalcTextSize(label.c_str()).x;
    if (x + 3.0f * ui.scale < label_end || x + width > label_limit) continue;
    draw->AddText(ImVec2(x + 3.0f * ui.scale, origin.y), accents.muted_text, label.c_str());
    label_end = x + 3.0f * ui.scale + width + 8.0f * ui.scale;
  }
}

void DrawAxis(ImDrawList* draw, const TimeAxis& axis, ImVec2 origin, float height, float axis_height,
              const UiContext& ui, const Accents& accents, float label_limit) {
  float label_end = -1e9f;
  const double begin = axis.BeginNs(), end = axis.EndNs();
  if (!axis.warp) {
    DrawTicks(draw, axis, begin, end, origin, height, axis_height, ui, accents, label_end, label_limit);
    return;
  }
  // Compressed: each stretch between two breaks is linear and gets its own ticks; the moment a
  // break ends is labelled with its real time, so the wait's length can be read off.
  double from = begin;
  for (const IdleGap& gap : GapsFrom(*axis.warp, begin)) {
    if (static_cast<double>(gap.begin_ns) > end) break;
    DrawTicks(draw, axis, from, std::min(static_cast<double>(gap.begin_ns), end), origin, height, axis_height, ui,
              accents, label_end, label_limit);
    const float x = axis.ToX(static_cast<double>(gap.end_ns));
    const std::string label = FormatTime(static_cast<double>(gap.end_ns) / kNsPerMs);
    const float width = ImGui::CalcTextSize(label.c_str()).x;
    if (x + 3.0f * ui.scale >= label_end && x + width < label_limit && static_cast<double>(gap.end_ns) <= end) {
      draw->AddText(ImVec2(x + 3.0f * ui.scale, origin.y), accents.muted_text, label.c_str());
      label_end = x + 3.0f * ui.scale + width + 8.0f * ui.scale;
      draw->AddLine(ImVec2(x, origin.y + axis_height), ImVec2(x, origin.y + height),
                    WithAlpha(ImGui::GetColorU32(ImGuiCol_Border), 160));
    }
    // The first ticks after the break would crowd its label: start them a little later.
    from = static_cast<double>(gap.end_ns);
  }
  DrawTicks(draw, axis, from, end, origin, height, axis_height, ui, accents, label_end, label_limit);
}

// [SECTION] idle breaks
// Each squeezed stretch: a hatched band across the lanes, a break mark (two slanted strokes) on
// the axis, and how long it lasted when there is room. Returns the gap under the mouse, if any.
const IdleGap* DrawIdleBreaks(ImDrawList* draw, const TimeAxis& axis, ImVec2 origin, float height, float axis_height,
                              const UiContext& ui, const Accents& accents, ImVec2 mouse, std::size_t& drawn) {
  if (!axis.warp) return nullptr;
  const IdleGap* hovered = nullptr;
  const double begin = axis.BeginNs(), end = axis.EndNs();
  const ImU32 band = WithAlpha(accents.muted_text, 28);
  const ImU32 stroke = accents.muted_text;
  const float top = origin.y + axis_height, bottom = origin.y + height;
  float last_x = -1e9f;
  for (const IdleGap& gap : GapsFrom(*axis.warp, begin)) {
    if (static_cast<double>(gap.begin_ns) > end) break;
    const float x0 = axis.ToX(static_cast<double>(gap.begin_ns));
    const float x1 = axis.ToX(static_cast<double>(gap.end_ns));
    if (x1 - last_x < 4.0f * ui.scale) continue;  // breaks closer than a few pixels show as one
    last_x = x1;
    ++drawn;
    draw->AddRectFilled(ImVec2(x0, top), ImVec2(x1, bottom), band);
    // The break mark: two parallel slanted strokes across the axis line, with the band's colour
    // between them so the axis reads as cut.
    const float middle = (x0 + x1) * 0.5f;
    const float gap_px = 3.0f * ui.scale, slant = 3.0f * ui.scale, y0 = top - 5.0f * ui.scale, y1 = top + 5.0f * ui.scale;
    for (float dx : {-gap_px, gap_px}) {
      draw->AddLine(ImVec2(middle + dx - slant, y1), ImVec2(middle + dx + slant, y0), stroke, 1.5f * ui.scale);
    }
    // How long it lasted, on one line when it fits, else the duration over the word "idle".
    const std::string duration = ShortDuration(static_cast<double>(gap.end_ns - gap.begin_ns) / kNsPerMs);
    // Before the first event the runtime is still starting up: not a wait of the program's.
    const char* word = gap.begin_ns == 0 ? "start-up" : "idle";
    const std::string label = duration + " " + word;
    const float room = x1 - x0 - 4.0f * ui.scale;
    const float text_top = top + 7.0f * ui.scale;  // clear of the break mark
    if (ImGui::CalcTextSize(label.c_str()).x <= room) {
      draw->AddText(ImVec2(middle - ImGui::CalcTextSize(label.c_str()).x * 0.5f, text_top), accents.muted_text, label.c_str());
    } else if (ImGui::CalcTextSize(duration.c_str()).x <= room) {
      draw->AddText(ImVec2(middle - ImGui::CalcTextSize(duration.c_str()).x * 0.5f, text_top), accents.muted_text,
                    duration.c_str());
      draw->AddText(ImVec2(middle - ImGui::CalcTextSize(word).x * 0.5f, text_top + ImGui::GetTextLineHeight()),
                    accents.muted_text, word);
    }
    if (mouse.x >= x0 && mouse.x <= x1 && mouse.y >= top && mouse.y <= bottom) hovered = &gap;
  }
  return hovered;
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
  const double begin = axis.BeginNs(), end = axis.EndNs();
  for (const trace::MessageArrow& arrow : arrows) {
    if (arrow.from_agent >= lanes.size() || arrow.to_agent >= lanes.size()) continue;
    if (static_cast<double>(arrow.receive_ns) < begin || static_cast<double>(arrow.send_ns) > end) continue;
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
// Zoom and pan work in axis units, so on a compressed axis a break zooms like everything else.
void HandleZoomAndPan(TimelineView& view, const TimeAxis& axis, double run_end_units, bool hovered, bool active) {
  const ImGuiIO& io = ImGui::GetIO();
  if (hovered && io.MouseWheel != 0.0f) {
    const double anchor = axis.ToUnits(io.MousePos.x);
    const double factor = io.MouseWheel > 0 ? 0.8 : 1.25;
    view.begin_ns = anchor - (anchor - axis.begin_ns) * factor;
    view.end_ns = anchor + (axis.end_ns - anchor) * factor;
    view.fit = false;
  }
  if (active && ImGui::IsMouseDragging(ImGuiMouseButton_Left, 2.0f)) {
    const double shift = static_cast<double>(io.MouseDelta.x) * axis.UnitsPerPixel();
    view.begin_ns = axis.begin_ns - shift;
    view.end_ns = axis.end_ns - shift;
    view.fit = false;
    view.dragging = true;
  }
  if (hovered && ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left)) view.fit = true;
  // Never zoom in past 10 ns across the view, nor pan before the run starts.
  if (!view.fit) {
    const double span = std::max(view.end_ns - view.begin_ns, 10.0);
    view.begin_ns = std::clamp(view.begin_ns, 0.0, std::max(run_end_units, 0.0));
    view.end_ns = view.begin_ns + span;
  }
}

// Builds the compressed axis again when the run grew or the learner switched it, keeping a
// zoomed window on the same real times.
void UpdateWarp(TimelineView& view, const trace::TimelineIndex* index, bool compress) {
  TimeWarp& warp = view.warp;
  const std::size_t events = index ? index->EventsRead() : 0;
  if (warp.index == index && warp.events == events && warp.compressed == compress) return;
  const double begin_ns = warp.ToNs(view.begin_ns), end_ns = warp.ToNs(view.end_ns);
  if (compress && index) BuildTimeWarp(*index, warp);
  else warp.gaps.clear();
  warp.index = index;
  warp.events = events;
  warp.compressed = compress;
  if (!view.fit) {
    view.begin_ns = warp.ToAxis(begin_ns);
    view.end_ns = warp.ToAxis(end_ns);
  }
}

// The switch between a linear and a compressed axis, at the right end of the axis row.
constexpr const char* kAxisSwitchLabel = "Squeeze idle";

// The width the switch takes at the right of the axis row.
float AxisSwitchWidth(const UiContext& ui) {
  return ImGui::GetTextLineHeight() + ImGui::GetStyle().ItemInnerSpacing.x + ImGui::CalcTextSize(kAxisSwitchLabel).x +
         10.0f * ui.scale;
}

void DrawAxisSwitch(PanelContext& context, ImVec2 origin, float width) {
  if (!context.settings) return;
  ViewSettings& settings = *context.settings;
  const float scale = context.ui.scale;
  const char* label = kAxisSwitchLabel;
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(3.0f * scale, 0.0f));
  const float full = AxisSwitchWidth(context.ui) - 6.0f * scale;
  ImGui::SetCursorScreenPos(ImVec2(origin.x + width - full - 4.0f * scale, origin.y));
  if (ImGui::Checkbox(label, &settings.compress_idle)) {
    if (context.settings_changed) *context.settings_changed = true;
    context.view.timeline.fit = true;
  }
  ImGui::PopStyleVar();
  if (ImGui::IsItemHovered()) {
    ImGui::SetTooltip("%s", settings.compress_idle
                                ? "On: long waits in which every agent is idle are squeezed into a short break "
                                  "(marked, with how long they lasted), so the busy parts stay readable. The times "
                                  "on the axis are the real ones.\nOff: the axis is linear, true to scale."
                                : "Off: the time axis is linear, true to scale, so a long wait takes the whole view.\n"
                                  "On: long idle waits are squeezed into a marked break, so the busy parts stay readable.");
  }
}

}  // namespace

void DrawTimelinePanel(PanelContext& context) {
  const trace::State& state = context.State();
  const UiContext& ui = context.ui;
  const Accents& accents = AccentsFor(ui.settings.theme);
  TimelineView& view = context.view.timeline;
  view.boxes_drawn = 0;
  view.folded_boxes = 0;
  view.breaks_drawn = 0;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  if (avail.x < 10 || avail.y < 10) return;
  // The checkbox on the axis row is drawn after the timeline's button and takes the mouse there.
  ImGui::SetNextItemAllowOverlap();
  ImGui::InvisibleButton("timeline", avail);
  const bool hovered = ImGui::IsItemHovered();
  const bool active = ImGui::IsItemActive();
  const bool released = ImGui::IsItemDeactivated();

  const trace::TimelineIndex* index = context.input.timeline;
  const std::vector<AgentRow> rows = AgentRows(state, context.input.trace, index);
  UpdateWarp(view, index, ui.settings.compress_idle);
  const double run_end_ns = index ? static_cast<double>(index->EndNs()) : 0.0;
  // Room for the longest agent name, within reason.
  float label_width = 48.0f * ui.scale;
  for (const AgentRow& row : rows) label_width = std::max(label_width, ImGui::CalcTextSize(row.name.c_str()).x + 10.0f * ui.scale);
  label_width = std::min(label_width, avail.x * 0.25f);
  TimeAxis axis;
  axis.x = origin.x + label_width;
  axis.width = std::max(avail.x - label_width - 6.0f * ui.scale, 1.0f);
  axis.warp = view.warp.Empty() ? nullptr : &view.warp;
  const double run_end_units = axis.Units(run_end_ns);
  if (view.fit) {
    // The whole run with a little room after it; 10 µs when nothing has run yet, so an empty
    // run still reads as time.
    view.begin_ns = 0;
    view.end_ns = run_end_units > 0 ? run_end_units * 1.04 : 0.01 * kNsPerMs;
  }
  axis.begin_ns = view.begin_ns;
  axis.end_ns = std::max(view.end_ns, view.begin_ns + 10.0);
  HandleZoomAndPan(view, axis, run_end_units, hovered, active);
  axis.begin_ns = view.begin_ns;
  axis.end_ns = std::max(view.end_ns, view.begin_ns + 10.0);

  const LaneLayout layout = ComputeLaneLayout(avail.y, rows.size(), ImGui::GetTextLineHeight(), ui.scale);
  const float axis_height = layout.axis_height;
  draw->PushClipRect(ImVec2(axis.x, origin.y), ImVec2(axis.x + axis.width, origin.y + avail.y), true);
  DrawAxis(draw, axis, origin, avail.y, axis_height, ui, accents, origin.x + avail.x - AxisSwitchWidth(ui));
  draw->PopClipRect();

  std::vector<LaneGeometry> geometry;
  for (std::size_t i = 0; i < std::max<std::size_t>(rows.size(), 1); ++i) {
    LaneGeometry lane;
    lane.top = origin.y + layout.Top(i);
    lane.band_height = layout.band_height;
    lane.row_height = layout.row_height;
    geometry.push_back(lane);
  }

  const ImVec2 mouse = ImGui::GetIO().MousePos;
  Hit hit;
  draw->PushClipRect(ImVec2(origin.x, origin.y), origin + avail, true);
  for (std::size_t i = 0; i < geometry.size(); ++i) {
    const LaneGeometry& lane = geometry[i];
    const char* name = i < rows.size() ? rows[i].name.c_str() : "main";
    const bool started = i >= rows.size() || rows[i].state != nullptr;
    const ImVec4 label_clip(origin.x, lane.top, axis.x - 4.0f * ui.scale, lane.top + lane.row_height);
    draw->AddText(nullptr, 0.0f, ImVec2(origin.x, lane.Middle() - ImGui::GetTextLineHeight() * 0.5f),
                  started ? ImGui::GetColorU32(ImGuiCol_Text) : accents.muted_text, name, nullptr, 0.0f, &label_clip);
    draw->AddRectFilled(ImVec2(axis.x, lane.top), ImVec2(axis.x + axis.width, lane.top + lane.row_height),
                        ImGui::GetColorU32(ImGuiCol_FrameBg), 3.0f * ui.scale);
  }
  draw->PushClipRect(ImVec2(axis.x, origin.y), ImVec2(axis.x + axis.width, origin.y + avail.y), true);
  const IdleGap* hovered_gap =
      DrawIdleBreaks(draw, axis, origin, avail.y, axis_height, ui, accents, mouse, view.breaks_drawn);
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
  DrawAxisSwitch(context, origin, avail.x);

  if (state.step_count == 0) {
    ImGui::SetCursorScreenPos(ImVec2(axis.x + 8.0f * ui.scale, geometry.front().top + 2.0f * ui.scale));
    EmptyHint(ui, "Run the program to see when each agent runs, waits and sleeps.");
    return;
  }
  if (hovered && !view.dragging) {
    if (hit.found) {
      ImGui::SetTooltip("%s", hit.tooltip.c_str());
    } else if (hovered_gap && hovered_gap->begin_ns == 0) {
      ImGui::SetTooltip("Before the script starts (%s): the runtime is setting up.\nSqueezed so the busy parts "
                        "stay readable; untick \"Squeeze idle\" for a linear axis.",
                        ShortDuration(static_cast<double>(hovered_gap->end_ns) / kNsPerMs).c_str());
    } else if (hovered_gap) {
      ImGui::SetTooltip("Idle from %s to %s (%s): every agent was waiting.\nSqueezed so the busy parts stay "
                        "readable; untick \"Squeeze idle\" for a linear axis.",
                        FormatTime(static_cast<double>(hovered_gap->begin_ns) / kNsPerMs).c_str(),
                        FormatTime(static_cast<double>(hovered_gap->end_ns) / kNsPerMs).c_str(),
                        ShortDuration(static_cast<double>(hovered_gap->end_ns - hovered_gap->begin_ns) / kNsPerMs).c_str());
    } else if (mouse.x >= axis.x) {
      ImGui::SetTooltip("%s\nWheel: zoom, drag: pan, double-click: whole run", FormatTime(axis.ToNs(mouse.x) / kNsPerMs).c_str());
    }
  }
  // A click (not the end of a drag) jumps to what was clicked, or to that moment.
  if (released && !view.dragging && context.input.trace && mouse.x >= axis.x) {
    const std::uint32_t step = hit.found ? hit.step
                                         : trace::TimelineIndex::StepAtTime(*context.input.trace,
                                                                            static_cast<std::int64_t>(axis.ToNs(mouse.x)));
    context.output.commands.push_back({session::CommandKind::SeekTo, static_cast<std::int64_t>(step)});
  }
  if (!ImGui::IsMouseDown(ImGuiMouseButton_Left)) view.dragging = false;
}

}  // namespace th::ui
