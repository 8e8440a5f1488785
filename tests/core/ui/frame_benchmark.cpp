// CPU time of one playground frame on a long run, drawn with Dear ImGui's null backend (no GPU):
// a timeline of 100 000+ spans and slices and a console of 10 000+ lines (BENCHMARKS.md).
//   build/ui-dev/tests/core/ui/th_ui_frame_benchmark [frames]
#include <imgui.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <vector>

#include "trace/synthetic_trace.h"
#include "ui/app.h"
#include "ui/fonts.h"
#include "ui/theme.h"

namespace {

using Clock = std::chrono::steady_clock;

struct Sizes {
  std::size_t spans = 0;
  std::size_t slices = 0;
};

Sizes Count(const th::trace::TimelineIndex& index) {
  Sizes sizes;
  for (const th::trace::Lane& lane : index.Lanes()) {
    sizes.spans += lane.spans.size();
    sizes.slices += lane.tasks.size() + lane.microtasks.size();
  }
  return sizes;
}

// Draws `frames` frames; returns each frame's CPU time in milliseconds.
std::vector<double> TimeFrames(th::ui::App& app, int frames) {
  std::vector<double> times;
  for (int i = 0; i < frames; ++i) {
    const auto start = Clock::now();
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(1280, 800);
    io.DeltaTime = 1.0f / 60.0f;
    ImGui::NewFrame();
    app.Frame(1.0 / 60.0);
    ImGui::Render();
    times.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
  }
  return times;
}

void Report(const char* name, std::vector<double> times) {
  std::sort(times.begin(), times.end());
  double sum = 0;
  for (double t : times) sum += t;
  std::printf("%-44s mean %6.3f ms   median %6.3f ms   p95 %6.3f ms   max %6.3f ms\n", name,
              sum / static_cast<double>(times.size()), times[times.size() / 2],
              times[times.size() * 95 / 100], times.back());
}

}  // namespace

int main(int argc, char** argv) {
  const int frames = argc > 1 ? std::max(10, std::atoi(argv[1])) : 300;
  ImGui::CreateContext();
  ImGui::GetIO().IniFilename = nullptr;
  th::ui::UiContext context;
  context.fonts = th::ui::LoadFonts(1.0f);
  unsigned char* pixels = nullptr;
  int width = 0, height = 0;
  ImGui::GetIO().Fonts->GetTexDataAsRGBA32(&pixels, &width, &height);
  th::ui::ApplyTheme(context.settings.theme, 1.0f);

  // A synthetic run long enough for 100 000 timeline spans and 10 000 console lines.
  std::vector<th::trace::SourceFile> files = {{"main.js", "// synthetic\n"}};
  auto trace = std::make_unique<th::trace::Trace>(files, th::trace::Profile::Node);
  th::trace::testing::SyntheticTrace synthetic(42);
  std::size_t events = 100000;
  th::trace::TimelineIndex probe;
  for (;;) {
    synthetic.Fill(*trace, events);
    probe.Update(*trace);
    if (Count(probe).spans >= 100000 && trace->ConsoleLines().size() >= 10000) break;
    events += 100000;
  }
  const auto build_start = Clock::now();
  th::trace::TimelineIndex index;
  index.Update(*trace);
  const double build_ms = std::chrono::duration<double, std::milli>(Clock::now() - build_start).count();
  const Sizes sizes = Count(index);
  std::printf("run: %zu events, %zu timeline spans, %zu task and microtask slices, %zu console lines\n",
              trace->Size(), sizes.spans, sizes.slices, trace->ConsoleLines().size());
  std::printf("timeline index built from scratch in %.1f ms\n", build_ms);

  th::trace::Trace* shown = trace.get();
  th::ui::App app(context);
  app.ShowRun(files, std::move(trace));
  app.Session().Apply({th::session::CommandKind::ToEnd});
  TimeFrames(app, 5);  // warm up: the seeker's checkpoints, the index, ImGui's windows
  Report("end of the run, whole run in view", TimeFrames(app, frames));
  std::printf("  boxes drawn per frame: %zu (%zu of them folded); idle breaks on the compressed axis: %zu of %zu\n",
              app.View().View().timeline.boxes_drawn, app.View().View().timeline.folded_boxes,
              app.View().View().timeline.breaks_drawn, app.View().View().timeline.warp.gaps.size());
  // The same with a linear time axis (the "Squeeze idle" switch off).
  app.LoadSettings("timeline=linear\n");
  TimeFrames(app, 5);
  Report("end of the run, linear time axis", TimeFrames(app, frames));
  app.LoadSettings("timeline=compressed\n");

  app.Session().Apply({th::session::CommandKind::SeekTo, static_cast<std::int64_t>(shown->Size() / 2)});
  TimeFrames(app, 5);
  Report("middle of the run, whole run in view", TimeFrames(app, frames));

  // Stepping every frame: a new state each frame (the seeker replays at most 1024 events).
  std::vector<double> stepping;
  for (int i = 0; i < frames; ++i) {
    app.Session().Apply({th::session::CommandKind::StepForward});
    const std::vector<double> one = TimeFrames(app, 1);
    stepping.push_back(one.front());
  }
  Report("a statement forward every frame", stepping);

  // Zoomed in (the mouse wheel over the timeline): fewer items in view, but each drawn on its own.
  const th::ui::Rect& timeline = app.View().LastLayout().Of(th::ui::PanelId::Timeline);
  ImGui::GetIO().AddMousePosEvent(timeline.min.x + timeline.size.x * 0.6f, timeline.min.y + timeline.size.y * 0.6f);
  for (int i = 0; i < 24; ++i) {
    ImGui::GetIO().AddMouseWheelEvent(0.0f, 1.0f);
    TimeFrames(app, 1);
  }
  TimeFrames(app, 5);
  Report("zoomed in 200x on the timeline", TimeFrames(app, frames));
  std::printf("  boxes drawn per frame: %zu (%zu of them folded)\n", app.View().View().timeline.boxes_drawn,
              app.View().View().timeline.folded_boxes);

  // A run with long waits, so the compressed axis has the most breaks it keeps (64): 300 timers
  // 100 ms apart, each queueing 300 promise jobs (90 000 microtask slices).
  const std::vector<th::trace::SourceFile> waits = {{"main.js",
      "for (let i = 0; i < 300; i++) {\n"
      "  setTimeout(() => { for (let j = 0; j < 300; j++) Promise.resolve(j).then((v) => v); }, i * 100);\n"
      "}\n"}};
  th::ui::App waiting(context);
  waiting.LoadProgram(waits);
  waiting.FinishRun();
  waiting.Session().Apply({th::session::CommandKind::ToEnd});
  TimeFrames(waiting, 5);
  Report("compressed axis with idle breaks, whole run", TimeFrames(waiting, frames));
  const th::ui::TimelineView& waiting_view = waiting.View().View().timeline;
  std::printf("  %zu events; boxes drawn per frame: %zu (%zu folded); idle breaks drawn: %zu of %zu squeezed\n",
              waiting.Session().StepCount(), waiting_view.boxes_drawn, waiting_view.folded_boxes,
              waiting_view.breaks_drawn, waiting_view.warp.gaps.size());
  waiting.LoadSettings("timeline=linear\n");
  TimeFrames(waiting, 5);
  Report("the same run on a linear axis", TimeFrames(waiting, frames));

  // A long run computed by the engine while frames go on: each frame advances it by a slice.
  const std::vector<th::trace::SourceFile> program = {{"main.js",
      "let done = 0;\n"
      "for (let i = 0; i < 20000; i++) {\n"
      "  setTimeout(() => { done++; if (done % 1000 === 0) console.log(done); }, i % 50);\n"
      "  Promise.resolve(i).then((v) => v * 2);\n"
      "}\n"}};
  th::ui::App computing(context);
  computing.LoadProgram(program);
  std::vector<double> slices;
  while (computing.Run().phase == th::ui::RunPhase::Computing && slices.size() < 100000) {
    slices.push_back(TimeFrames(computing, 1).front());
  }
  std::printf("engine run of 20 000 timers and 20 000 promises: %zu events computed over %zu frames\n",
              computing.Session().StepCount(), slices.size());
  Report("a frame while the run is being computed", slices);
  ImGui::DestroyContext();
  return 0;
}
