// Console: what the program printed so far; stderr in the error colour, the output of the
// current step highlighted, and a click on a line jumps to the step that printed it.
#include <imgui.h>

#include "ui/panels/panels.h"
#include "ui/panels/widgets.h"
#include "ui/view_model.h"

namespace th::ui {

void DrawConsolePanel(PanelContext& context) {
  const trace::State& state = context.State();
  const Accents& accents = AccentsFor(context.ui.settings.theme);
  if (state.console.empty()) {
    EmptyHint(context.ui, "Nothing printed yet. console.log output appears here, in the order it happens.");
    return;
  }
  const auto [first_new, end_new] = ConsoleHighlight(state, context.input.trace);
  ImGui::PushFont(context.ui.fonts.code);
  const float row_height = ImGui::GetTextLineHeightWithSpacing();
  // Keep the newest output in view whenever the step changes.
  if (context.view.console_followed_step != state.step) {
    context.view.console_followed_step = state.step;
    const float target = static_cast<float>(state.console.size()) * row_height - ImGui::GetWindowHeight();
    if (ImGui::GetScrollY() < target || ImGui::GetScrollY() > target + ImGui::GetWindowHeight()) {
      ImGui::SetScrollY(std::max(target + row_height, 0.0f));
    }
  }
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(state.console.size()), row_height);
  while (clipper.Step()) {
    for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
      const auto index = static_cast<std::size_t>(row);
      const trace::ConsoleLine& line = state.console[index];
      const bool is_new = index >= first_new && index < end_new;
      ImGui::PushID(row);
      const ImVec2 start = ImGui::GetCursorScreenPos();
      if (is_new) {
        ImDrawList* draw = ImGui::GetWindowDrawList();
        const ImVec2 end = start + ImVec2(ImGui::GetContentRegionAvail().x, row_height);
        draw->AddRectFilled(start, end, (accents.console & 0x00FFFFFF) | 0x40000000, 3.0f);
        draw->AddRectFilled(start, ImVec2(start.x + 3.0f * context.ui.scale, end.y), accents.console);
      }
      ImGui::PushStyleColor(ImGuiCol_Text, line.is_error ? accents.error : ImGui::GetColorU32(ImGuiCol_Text));
      ImGui::SetCursorScreenPos(start + ImVec2(8.0f * context.ui.scale, 0));
      if (ImGui::Selectable(line.text.c_str(), false, ImGuiSelectableFlags_None,
                            ImVec2(0, ImGui::GetTextLineHeight()))) {
        context.output.commands.push_back({session::CommandKind::SeekTo, line.step});
      }
      ImGui::PopStyleColor();
      if (ImGui::IsItemHovered()) ImGui::SetTooltip("Printed at step %lld: click to go there", static_cast<long long>(line.step));
      ImGui::PopID();
    }
  }
  ImGui::PopFont();
}

}  // namespace th::ui
