// The playground's frame: toolbar (toolbar.cpp), explanation bar, panels, keyboard shortcuts.
#include "ui/playground.h"

#include <imgui.h>
#include <imgui_internal.h>  // RenderTextEllipsis

#include <utility>

#include "ui/panels/panels.h"
#include "ui/theme.h"

namespace th::ui {

namespace {

constexpr ImGuiWindowFlags kFixedWindow = ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                                          ImGuiWindowFlags_NoCollapse |
                                          ImGuiWindowFlags_NoSavedSettings |
                                          ImGuiWindowFlags_NoBringToFrontOnFocus;

}  // namespace

Playground::Playground(UiContext context) : m_context(std::move(context)) {}

FrameOutput Playground::Frame(const FrameInput& input, Program& program) {
  FrameOutput output;
  m_settings_changed = false;
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  m_layout = ComputeLayout(viewport->WorkSize, m_context.scale);
  // Panels are placed relative to the viewport's work area (it starts below a host menu bar).
  for (Rect& rect : m_layout.panels) rect.min += viewport->WorkPos;
  m_layout.toolbar.min += viewport->WorkPos;
  m_layout.explain.min += viewport->WorkPos;

  ImGui::PushFont(m_context.fonts.ui);
  HandleShortcuts(input, output);
  DrawToolbar(input, output);
  DrawExplainBar(input, program, output);
  for (const PanelInfo& panel : AllPanels()) DrawPanelWindow(panel, input, output, program);
  ImGui::PopFont();
  return output;
}

void Playground::HandleShortcuts(const FrameInput& input, FrameOutput& output) {
  const ImGuiIO& io = ImGui::GetIO();
  using session::CommandKind;
  // Ctrl+Enter runs the program as edited, from the editor too.
  if (io.KeyCtrl && ImGui::IsKeyPressed(ImGuiKey_Enter, false)) output.run_requested = true;
  // While the learner types in the editor (or any text field), keys belong to the text.
  if (io.WantTextInput || io.KeyCtrl || io.KeyAlt || io.KeySuper) return;
  const auto pressed = [](ImGuiKey key) { return ImGui::IsKeyPressed(key, true); };
  const bool shift = io.KeyShift;
  if (ImGui::IsKeyPressed(ImGuiKey_Space, false)) {
    if (input.playing || (input.run.phase == RunPhase::Computing && !input.run.paused)) {
      output.commands.push_back({CommandKind::Pause});
    } else {
      output.commands.push_back({CommandKind::Play, 0, m_context.settings.play_speed});
    }
  }
  if (pressed(ImGuiKey_RightArrow)) output.commands.push_back({shift ? CommandKind::EventForward : CommandKind::StepForward});
  if (pressed(ImGuiKey_LeftArrow)) output.commands.push_back({shift ? CommandKind::EventBack : CommandKind::StepBack});
  if (pressed(ImGuiKey_DownArrow)) output.commands.push_back({CommandKind::TaskForward});
  if (pressed(ImGuiKey_UpArrow)) output.commands.push_back({CommandKind::TaskBack});
  if (ImGui::IsKeyPressed(ImGuiKey_Home, false)) output.commands.push_back({CommandKind::Reset});
  if (ImGui::IsKeyPressed(ImGuiKey_End, false)) output.commands.push_back({CommandKind::ToEnd});
}

void Playground::DrawPanelWindow(const PanelInfo& panel, const FrameInput& input, FrameOutput& output,
                                 Program& program) {
  const Rect& rect = m_layout.Of(panel.id);
  const ImU32 accent = AccentsFor(m_context.settings.theme).*panel.accent;
  ImGui::SetNextWindowPos(rect.min);
  ImGui::SetNextWindowSize(rect.size);
  ImGui::Begin(panel.title, nullptr, kFixedWindow | ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoScrollbar);

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
  if (m_context.settings.show_analogies) {
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", panel.analogy);
    // In a small embed the caption would crowd the contents out: it stays in the tooltip.
    if (!m_layout.compact) {
      ImGui::SameLine(0, 10.0f * m_context.scale);
      ImGui::PushStyleColor(ImGuiCol_Text, AccentsFor(m_context.settings.theme).muted_text);
      const float room = ImGui::GetContentRegionAvail().x;
      const char* text = panel.analogy;
      // One line, cut with an ellipsis where it does not fit (the tooltip has it whole).
      ImGui::RenderTextEllipsis(ImGui::GetWindowDrawList(), ImGui::GetCursorScreenPos(),
                                ImGui::GetCursorScreenPos() + ImVec2(room, ImGui::GetTextLineHeight()),
                                ImGui::GetCursorScreenPos().x + room, ImGui::GetCursorScreenPos().x + room,
                                text, nullptr, nullptr);
      ImGui::Dummy(ImVec2(room, ImGui::GetTextLineHeight()));
      if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", panel.analogy);
      ImGui::PopStyleColor();
    }
  }
  ImGui::Separator();

  PanelContext context{input, output, m_context, program, m_view, m_layout.compact, &m_context.settings,
                       &m_settings_changed};
  // The timeline and the agents beside it keep their rows level with each other: neither scrolls.
  const bool fixed = panel.id == PanelId::Timeline || panel.id == PanelId::Code || panel.id == PanelId::Agents;
  ImGui::BeginChild("contents", ImVec2(0, 0), false,
                    fixed ? ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse : 0);
  panel.draw(context);
  ImGui::EndChild();
  ImGui::End();
}

}  // namespace th::ui
