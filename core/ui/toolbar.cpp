// The toolbar (examples, the transport buttons, play speed, view options, the slider over the
// whole run) and the explanation bar under it.
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

#include "agents/agent_thread.h"
#include "examples/catalog.h"
#include "trace/trace.h"
#include "ui/analogies.h"
#include "ui/playground.h"
#include "ui/theme.h"
#include "ui/view_model.h"

namespace th::ui {

namespace {

constexpr ImGuiWindowFlags kBarWindow = ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                                        ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings |
                                        ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoTitleBar |
                                        ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse;

// A toolbar button that sends `command`, greyed out when the run has nowhere to go. The tooltip
// names the keyboard shortcut.
void CommandButton(const char* label, const char* tooltip, bool enabled, session::Command command,
                   FrameOutput& output) {
  ImGui::BeginDisabled(!enabled);
  if (ImGui::Button(label)) output.commands.push_back(command);
  ImGui::EndDisabled();
  if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("%s", tooltip);
  ImGui::SameLine();
}

// A tooltip for a sentence or two: wrapped at a readable width, so a long one stays on the
// screen of a small embed.
void WrappedTooltip(const std::string& text) {
  ImGui::BeginTooltip();
  ImGui::PushTextWrapPos(ImGui::GetFontSize() * 32.0f);
  ImGui::TextUnformatted(text.c_str());
  ImGui::PopTextWrapPos();
  ImGui::EndTooltip();
}

}  // namespace

void Playground::DrawToolbar(const FrameInput& input, FrameOutput& output) {
  ImGui::SetNextWindowPos(m_layout.toolbar.min);
  ImGui::SetNextWindowSize(m_layout.toolbar.size);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0.0f);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0.0f);
  ImGui::PushStyleColor(ImGuiCol_WindowBg, ImGui::GetColorU32(ImGuiCol_MenuBarBg));
  ImGui::Begin("Toolbar", nullptr, kBarWindow);
  ImGui::PopStyleColor();
  ImGui::PopStyleVar(2);

  if (!m_layout.compact) {
    ImGui::PushFont(m_context.fonts.heading);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Threadhouse");
    ImGui::PopFont();
    ImGui::SameLine(0, 16.0f * m_context.scale);
  }
  DrawExamplesMenu(output);
  ImGui::SameLine(0, 10.0f * m_context.scale);
  DrawProfileSwitch(output);
  ImGui::SameLine(0, 10.0f * m_context.scale);
  DrawThreadsSwitch(output);
  ImGui::SameLine(0, 16.0f * m_context.scale);
  DrawTransport(input, output);
  DrawViewMenu();
  DrawScrubber(input, output);
  ImGui::End();
}

void Playground::DrawExamplesMenu(FrameOutput& output) {
  if (ImGui::Button("Examples \xe2\x96\xbc")) ImGui::OpenPopup("examples");  // ▼
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Open a ready-made program: the seed's lessons and classic ordering puzzles");
  if (!ImGui::BeginPopup("examples")) return;
  // Without keyboard navigation (the arrows and space drive the run) ImGui would not close a
  // popup on Escape by itself.
  if (ImGui::IsKeyPressed(ImGuiKey_Escape, false)) ImGui::CloseCurrentPopup();
  const Accents& accents = AccentsFor(m_context.settings.theme);
  const char* group = nullptr;
  for (const examples::Example& example : examples::BuiltinExamples()) {
    if (group == nullptr || example.group != group) {
      group = example.group.c_str();
      ImGui::SeparatorText(group);
    }
    ImGui::PushID(example.id.c_str());
    const bool current = example.id == m_context.settings.example_id;
    // Title and the one-line description, as one selectable row of two lines.
    const ImVec2 start = ImGui::GetCursorScreenPos();
    const float line = ImGui::GetTextLineHeight();
    if (ImGui::Selectable("##pick", current, 0, ImVec2(34.0f * line, 2 * line + 2))) {
      output.load_example = example.id;
      ImGui::CloseCurrentPopup();
    }
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddText(m_context.fonts.heading, m_context.fonts.heading->FontSize, start,
                  ImGui::GetColorU32(ImGuiCol_Text), example.title.c_str());
    draw->AddText(start + ImVec2(0, line + 2), accents.muted_text, example.description.c_str());
    ImGui::PopID();
  }
  ImGui::EndPopup();
}

namespace {

// One button of a switch: the chosen one lit, the other dimmed. Returns true when a choice not
// yet chosen was clicked.
bool SwitchButton(const char* label, bool chosen, bool enabled) {
  ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetColorU32(chosen ? ImGuiCol_ButtonActive : ImGuiCol_FrameBg));
  ImGui::PushStyleColor(ImGuiCol_Text, chosen ? ImGui::GetColorU32(ImGuiCol_Text) : ImGui::GetColorU32(ImGuiCol_TextDisabled));
  ImGui::BeginDisabled(!enabled);
  const bool clicked = ImGui::Button(label) && !chosen;
  ImGui::EndDisabled();
  ImGui::PopStyleColor(2);
  return clicked;
}

}  // namespace

// Node.js or the browser: two buttons side by side, the chosen one lit, so both choices are in
// view and the one in use is plain. A change runs the program again under the new host.
void Playground::DrawProfileSwitch(FrameOutput& output) {
  struct Choice {
    trace::Profile profile;
    const char* label;
    const char* tooltip;
  };
  static constexpr Choice kChoices[] = {
      {trace::Profile::Node, "Node.js",
       "Run the program as Node.js does: each turn of the event loop visits the timers, poll, check and "
       "close phases; process.nextTick runs before promise jobs."},
      {trace::Profile::Browser, "Browser",
       "Run the program as a web page does: one task queue, a microtask checkpoint after each task; "
       "no process.nextTick or setImmediate."},
  };
  if (!m_layout.compact) {
    ImGui::AlignTextToFramePadding();
    ImGui::TextDisabled("Runs in");
    ImGui::SameLine(0, 6.0f * m_context.scale);
  }
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(1.0f * m_context.scale, ImGui::GetStyle().ItemSpacing.y));
  for (const Choice& choice : kChoices) {
    const bool chosen = m_context.settings.profile == choice.profile;
    if (SwitchButton(choice.label, chosen, true)) {
      m_context.settings.profile = choice.profile;
      m_settings_changed = true;
      output.run_requested = true;
    }
    if (ImGui::IsItemHovered()) {
      WrappedTooltip(std::string(choice.tooltip) + (chosen ? "" : "\nClick to run the program again this way."));
    }
    ImGui::SameLine();
  }
  ImGui::PopStyleVar();
}

// How workers and child processes share the machine: taking turns in a reproducible order (each
// on its own thread where there are threads, one at a time), or all at once on real threads.
void Playground::DrawThreadsSwitch(FrameOutput& output) {
  constexpr bool kParallel = agents::AgentThread::kAvailable;
  static constexpr const char* kTurnsTip =
      "Workers and child processes take turns, in an order drawn from the seed: every run of the "
      "program is the same run, step by step.";
  static constexpr const char* kParallelTip =
      !kParallel ? "Parallel mode is not available here: this page is not cross-origin isolated, so it has "
                   "no threads. It is in the desktop app, in the CLI (threadhouse run --parallel) and in "
                   "this page when it is served cross-origin isolated. Here the workers take turns on one "
                   "thread, in the same order they would on many."
      : agents::AgentThread::kMaxThreads != 0
          ? "Workers and child processes run at once, each on one of this page's threads, against the "
            "real clock: work(ms) keeps a core busy and two workers really finish sooner. Orders that "
            "Node leaves open may differ from run to run; the steps appear when the run has ended."
          : "Workers and child processes run at once, each on its own thread, against the real clock: "
            "work(ms) keeps a core busy and two workers really finish sooner. Orders that Node leaves "
            "open may differ from run to run; the steps appear when the run has ended.";
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(1.0f * m_context.scale, ImGui::GetStyle().ItemSpacing.y));
  const bool parallel = m_context.settings.parallel && kParallel;
  if (SwitchButton("Take turns", !parallel, true)) {
    m_context.settings.parallel = false;
    m_settings_changed = true;
    output.run_requested = true;
  }
  if (ImGui::IsItemHovered()) WrappedTooltip(kTurnsTip);
  ImGui::SameLine();
  if (SwitchButton("Parallel", parallel, kParallel)) {
    m_context.settings.parallel = true;
    m_settings_changed = true;
    output.run_requested = true;
  }
  if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) WrappedTooltip(kParallelTip);
  ImGui::SameLine();
  ImGui::PopStyleVar();
}

void Playground::DrawTransport(const FrameInput& input, FrameOutput& output) {
  const trace::State& state = *input.state;
  const bool can_back = state.step > 0;
  const bool can_forward = state.step < state.step_count;
  using session::CommandKind;
  const bool wide = !m_layout.compact;
  CommandButton("\xe2\x87\xa4", "Back to the start (Home)", can_back, {CommandKind::Reset}, output);  // ⇤
  if (wide) {
    CommandButton("\xe2\x97\x80 Task", "Back to the start of the previous task (Up arrow)", can_back,
                  {CommandKind::TaskBack}, output);
    CommandButton("\xe2\x97\x80 Event", "Back to the previous change in a queue, a stack or the console (Shift+Left)",
                  can_back, {CommandKind::EventBack}, output);
  }
  CommandButton(wide ? "\xe2\x97\x80 Step" : "\xe2\x97\x80", "One statement back (Left arrow)", can_back,
                {CommandKind::StepBack}, output);
  CommandButton("Step \xe2\x96\xb6", "Run the next statement (Right arrow)", can_forward,
                {CommandKind::StepForward}, output);
  if (wide) {
    CommandButton("Event \xe2\x96\xb6", "On to the next change in a queue, a stack or the console (Shift+Right)",
                  can_forward, {CommandKind::EventForward}, output);
  }
  CommandButton("Task \xe2\x96\xb6", "On to the next task the event loop takes (Down arrow)", can_forward,
                {CommandKind::TaskForward}, output);
  CommandButton("\xe2\x87\xa5", "Jump to the end of the run (End)", can_forward, {CommandKind::ToEnd}, output);  // ⇥

  const bool computing = input.run.phase == RunPhase::Computing && !input.run.paused;
  if (input.playing || computing) {
    CommandButton("Pause", computing ? "Hold the computation of the run (Space)" : "Stop playing (Space)", true,
                  {CommandKind::Pause}, output);
  } else {
    const bool can_play = can_forward || (input.run.phase == RunPhase::Computing && input.run.paused);
    if (input.run.over_allowance) {
      CommandButton("\xe2\x96\xb6 Continue", "Let the program run on, as far again (Space)", true,
                    {CommandKind::Play, 0, m_context.settings.play_speed}, output);
    } else {
      CommandButton("\xe2\x96\xb6 Play", "Play the run forward, a statement at a time (Space)", can_play,
                    {CommandKind::Play, 0, m_context.settings.play_speed}, output);
    }
  }
  ImGui::SetNextItemWidth((wide ? 130.0f : 84.0f) * m_context.scale);
  float speed = static_cast<float>(m_context.settings.play_speed);
  if (ImGui::SliderFloat("##speed", &speed, 0.5f, 60.0f, wide ? "%.1f steps/s" : "%.0f/s", ImGuiSliderFlags_Logarithmic)) {
    m_context.settings.play_speed = speed;
    m_settings_changed = true;
    if (input.playing) output.commands.push_back({CommandKind::Play, 0, speed});
  }
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Play speed: statements per second");
  ImGui::SameLine();
}

void Playground::DrawViewMenu() {
  const float width = ImGui::CalcTextSize("View \xe2\x96\xbc").x + 2 * ImGui::GetStyle().FramePadding.x;
  ImGui::SameLine(std::max(ImGui::GetCursorPosX(), ImGui::GetWindowContentRegionMax().x - width));
  if (ImGui::Button("View \xe2\x96\xbc")) ImGui::OpenPopup("view");
  if (!ImGui::BeginPopup("view")) return;
  if (ImGui::IsKeyPressed(ImGuiKey_Escape, false)) ImGui::CloseCurrentPopup();
  bool light = m_context.settings.theme == Theme::Light;
  if (ImGui::Checkbox("Light theme", &light)) {
    m_context.settings.theme = light ? Theme::Light : Theme::Dark;
    ApplyTheme(m_context.settings.theme, m_context.scale);
    m_settings_changed = true;
  }
  if (ImGui::Checkbox("Analogies", &m_context.settings.show_analogies)) m_settings_changed = true;
  ImGui::SameLine();
  ImGui::TextDisabled("(house and restaurant words)");
  if (ImGui::Checkbox("Squeeze idle time", &m_context.settings.compress_idle)) {
    m_settings_changed = true;
    m_view.timeline.fit = true;
  }
  ImGui::SameLine();
  ImGui::TextDisabled("(timeline: long waits shown as a short break)");
  ImGui::Separator();
  ImGui::TextDisabled("Keys: Space play/pause, Left/Right statement,");
  ImGui::TextDisabled("Shift+Left/Right event, Up/Down task, Home/End,");
  ImGui::TextDisabled("Ctrl+Enter run the edited program.");
  ImGui::EndPopup();
}

void Playground::DrawScrubber(const FrameInput& input, FrameOutput& output) {
  const trace::State& state = *input.state;
  ImGui::NewLine();
  ImGui::SetCursorPosY(m_layout.toolbar.size.y - ImGui::GetFrameHeight() - 6.0f * m_context.scale);
  if (input.run.phase == RunPhase::Computing) {
    // The total is unknown until the run ends: the bar sweeps, and counts what is done.
    char overlay[160];
    if (input.run.parallel_agents > 0) {
      // Real threads cannot be held, and their steps are theirs until they end.
      std::snprintf(overlay, sizeof overlay, "Running on %zu %s at once, in real time: the steps appear when it ends",
                    input.run.parallel_agents, input.run.parallel_agents == 1 ? "thread" : "threads");
    } else if (input.run.over_allowance) {
      std::snprintf(overlay, sizeof overlay,
                    "Held after %.1f million events, still running: an endless loop? Continue goes on; the steps so far can be explored",
                    static_cast<double>(input.run.events) / 1e6);
    } else {
      std::snprintf(overlay, sizeof overlay, "%s the run: %zu events so far%s",
                    input.run.paused ? "Paused computing" : "Computing", input.run.events,
                    input.run.paused ? " (Play goes on)" : " (Pause holds it; the steps so far can be explored)");
    }
    // (Held, the bar stands empty: nothing is moving, and the message reads on the plain track.)
    const float sweep = input.run.over_allowance ? 0.0f
                        : input.run.progress > 0 ? static_cast<float>(input.run.progress)
                                                 : static_cast<float>(std::fmod(ImGui::GetTime() * 0.4, 1.0));
    ImGui::ProgressBar(sweep, ImVec2(-1, 0), overlay);
    return;
  }
  int step = static_cast<int>(state.step);
  const int count = static_cast<int>(state.step_count);
  char format[96];
  std::snprintf(format, sizeof format, "step %%d of %d   \xc2\xb7   %s", count, FormatTime(state.time_ms).c_str());
  ImGui::SetNextItemWidth(-1);
  ImGui::BeginDisabled(count == 0);
  if (ImGui::SliderInt("##run", &step, 0, count, format, ImGuiSliderFlags_AlwaysClamp)) {
    output.commands.push_back({session::CommandKind::SeekTo, step});
  }
  ImGui::EndDisabled();
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Drag through the whole run; the panels follow (Home, End)");
}

void Playground::DrawExplainBar(const FrameInput& input, const Program& program, FrameOutput& output) {
  const Accents& accents = AccentsFor(m_context.settings.theme);
  ImGui::SetNextWindowPos(m_layout.explain.min);
  ImGui::SetNextWindowSize(m_layout.explain.size);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(10.0f, 6.0f) * m_context.scale);
  ImGui::Begin("Explain", nullptr, kBarWindow);
  ImGui::PopStyleVar();
  const ImVec2 pos = ImGui::GetWindowPos();
  ImGui::GetWindowDrawList()->AddRectFilled(pos, pos + ImVec2(4.0f * m_context.scale, ImGui::GetWindowHeight()),
                                            accents.code, ImGui::GetStyle().WindowRounding, ImDrawFlags_RoundCornersLeft);
  const bool stale = input.run.stale;
  if (stale) {
    if (ImGui::SmallButton("Run program")) output.run_requested = true;
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Run the program as it is now (Ctrl+Enter)");
    ImGui::SameLine();
  }
  std::string text;
  if (input.run.stale) {
    text = "You changed the program: it runs again when you stop typing. Until then you see the run of the previous version.";
  } else if (!input.diagnostics.empty()) {
    text = "The program does not parse: " + input.diagnostics.front().message + " (line " +
           std::to_string(input.diagnostics.front().line) + ", marked in the code).";
  } else {
    text = input.state->explanation;
  }
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(text.c_str());
  if (m_context.settings.show_analogies && !stale) {
    const char* analogy = StepAnalogy(input.trace, static_cast<std::size_t>(input.state->step));
    // Under the explanation on the desktop; in a small embed it would push the explanation
    // out of view, so it waits in the tooltip.
    if (*analogy && m_layout.compact) {
      if (ImGui::IsWindowHovered()) ImGui::SetTooltip("%s", analogy);
    } else if (*analogy) {
      ImGui::PushStyleColor(ImGuiCol_Text, accents.muted_text);
      ImGui::TextUnformatted(analogy);
      ImGui::PopStyleColor();
    }
  }
  ImGui::PopTextWrapPos();
  (void)program;
  ImGui::End();
}

}  // namespace th::ui
