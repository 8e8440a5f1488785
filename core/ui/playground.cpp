#include "ui/playground.h"

#include <imgui.h>

#include <cstdio>
#include <utility>

#include "ui/panels/panels.h"
#include "ui/theme.h"

namespace th::ui {

namespace {

constexpr ImGuiWindowFlags kFixedWindow = ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                                          ImGuiWindowFlags_NoCollapse |
                                          ImGuiWindowFlags_NoSavedSettings |
                                          ImGuiWindowFlags_NoBringToFrontOnFocus;

// A toolbar button that sends `command`, greyed out when the run has nowhere to go.
void CommandButton(const char* label, const char* tooltip, bool enabled, session::CommandKind kind,
                   std::vector<session::Command>& commands) {
  ImGui::BeginDisabled(!enabled);
  if (ImGui::Button(label)) commands.push_back({kind});
  ImGui::EndDisabled();
  if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("%s", tooltip);
  ImGui::SameLine();
}

}  // namespace

Playground::Playground(UiContext context) : m_context(std::move(context)) {}

std::vector<session::Command> Playground::Frame(const session::State& state) {
  std::vector<session::Command> commands;
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  m_layout = ComputeLayout(viewport->WorkSize, m_context.scale);
  // Panels are placed relative to the viewport's work area (it starts below a host menu bar).
  for (Rect& rect : m_layout.panels) rect.min += viewport->WorkPos;
  m_layout.toolbar.min += viewport->WorkPos;

  ImGui::PushFont(m_context.fonts.ui);
  DrawToolbar(state, commands);
  for (const PanelInfo& panel : AllPanels()) DrawPanelWindow(panel, state);
  ImGui::PopFont();
  return commands;
}

void Playground::DrawToolbar(const session::State& state, std::vector<session::Command>& commands) {
  ImGui::SetNextWindowPos(m_layout.toolbar.min);
  ImGui::SetNextWindowSize(m_layout.toolbar.size);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0.0f);
  ImGui::PushStyleColor(ImGuiCol_WindowBg, ImGui::GetColorU32(ImGuiCol_MenuBarBg));
  ImGui::Begin("Toolbar", nullptr, kFixedWindow | ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoScrollbar);
  ImGui::PopStyleColor();
  ImGui::PopStyleVar();

  const float center_y = (m_layout.toolbar.size.y - ImGui::GetFrameHeight()) * 0.5f;
  ImGui::SetCursorPosY(center_y);
  ImGui::PushFont(m_context.fonts.heading);
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("Threadhouse");
  ImGui::PopFont();
  ImGui::SameLine(0, 24.0f * m_context.scale);

  const bool can_back = state.step > 0;
  const bool can_forward = state.step < state.step_count;
  using session::CommandKind;
  CommandButton("Reset", "Back to the start (Home)", can_back, CommandKind::Reset, commands);
  CommandButton("Back", "One statement back (Left arrow)", can_back, CommandKind::StepBack, commands);
  CommandButton("Step", "Run the next statement (Right arrow)", can_forward, CommandKind::StepForward, commands);
  CommandButton("Next task", "Run to the next task the event loop takes (Down arrow)", can_forward,
                CommandKind::TaskForward, commands);
  CommandButton("Run", "Play the program forward (Space)", can_forward, CommandKind::Play, commands);
  CommandButton("End", "Jump to the end of the run (End)", can_forward, CommandKind::ToEnd, commands);

  char position[96];
  std::snprintf(position, sizeof position, "step %lld / %lld   %.3f ms",
                static_cast<long long>(state.step), static_cast<long long>(state.step_count),
                state.time_ms);
  ImGui::AlignTextToFramePadding();
  ImGui::TextDisabled("%s", position);
  ImGui::SameLine(0, 16.0f * m_context.scale);

  bool light = m_context.settings.theme == Theme::Light;
  if (ImGui::Checkbox("Light", &light)) {
    m_context.settings.theme = light ? Theme::Light : Theme::Dark;
    ApplyTheme(m_context.settings.theme, m_context.scale);
  }
  ImGui::SameLine();
  ImGui::Checkbox("Analogies", &m_context.settings.show_analogies);
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Also name each part in the house and restaurant words");
  if (!m_layout.compact) {
    ImGui::SameLine(0, 16.0f * m_context.scale);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(state.explanation.c_str());
  }
  ImGui::End();
}

void Playground::DrawPanelWindow(const PanelInfo& panel, const session::State& state) {
  const Rect& rect = m_layout.Of(panel.id);
  const ImU32 accent = AccentsFor(m_context.settings.theme).*panel.accent;
  ImGui::SetNextWindowPos(rect.min);
  ImGui::SetNextWindowSize(rect.size);
  ImGui::Begin(panel.title, nullptr, kFixedWindow | ImGuiWindowFlags_NoTitleBar);

  // A title line with the panel's accent, and its analogy beside it when asked for.
  const ImVec2 window_pos = ImGui::GetWindowPos();
  ImGui::GetWindowDrawList()->AddRectFilled(
      window_pos, window_pos + ImVec2(ImGui::GetWindowWidth(), 3.0f * m_context.scale), accent,
      ImGui::GetStyle().WindowRounding, ImDrawFlags_RoundCornersTop);
  ImGui::PushFont(m_context.fonts.heading);
  ImGui::PushStyleColor(ImGuiCol_Text, accent);
  ImGui::TextUnformatted(panel.title);
  ImGui::PopStyleColor();
  ImGui::PopFont();
  // In a small embed the caption would crowd the contents out: it moves into a tooltip.
  if (m_context.settings.show_analogies && m_layout.compact) {
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", panel.analogy);
  } else if (m_context.settings.show_analogies) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetColorU32(ImGuiCol_TextDisabled));
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(panel.analogy);
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
  }
  ImGui::Separator();

  ImGui::BeginChild("contents");
  panel.draw(state, m_context);
  ImGui::EndChild();
  ImGui::End();
}

}  // namespace th::ui
