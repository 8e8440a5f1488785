// Console: what the program printed so far; stderr in the error colour, and the line printed
// by the current step highlighted.
#include <imgui.h>

#include "ui/panels/panels.h"
#include "ui/panels/widgets.h"

namespace th::ui {

void DrawConsolePanel(const session::State& state, const UiContext& ui) {
  const Accents& accents = AccentsFor(ui.settings.theme);
  if (state.console.empty()) {
    EmptyHint(ui, "Nothing printed yet. console.log output appears here, in the order it happens.");
    return;
  }
  ImGui::PushFont(ui.fonts.code);
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(state.console.size()));
  while (clipper.Step()) {
    for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
      const session::ConsoleLine& line = state.console[static_cast<std::size_t>(row)];
      if (line.step == state.step && state.step > 0) {
        const ImVec2 start = ImGui::GetCursorScreenPos();
        ImGui::GetWindowDrawList()->AddRectFilled(
            start, start + ImVec2(ImGui::GetContentRegionAvail().x, ImGui::GetTextLineHeightWithSpacing()),
            (accents.console & 0x00FFFFFF) | 0x38000000);
      }
      if (line.is_error) ImGui::PushStyleColor(ImGuiCol_Text, accents.error);
      ImGui::TextUnformatted(line.text.c_str());
      if (line.is_error) ImGui::PopStyleColor();
    }
  }
  ImGui::PopFont();
  // Follow the output while the learner is at the newest line.
  if (ImGui::GetScrollY() >= ImGui::GetScrollMaxY()) ImGui::SetScrollHereY(1.0f);
}

}  // namespace th::ui
