// Code: the program's files in tabs, with line numbers and the current line highlighted.
// (Editing, syntax colouring and error markers come with the editor; this shows the source.)
#include <imgui.h>

#include <string_view>
#include <vector>

#include "ui/panels/panels.h"
#include "ui/panels/widgets.h"

namespace th::ui {

namespace {

std::vector<std::string_view> SplitLines(std::string_view text) {
  std::vector<std::string_view> lines;
  std::size_t start = 0;
  while (start <= text.size()) {
    const std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) {
      if (start < text.size()) lines.push_back(text.substr(start));
      break;
    }
    lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

void DrawSource(const session::State& state, int file_index, const UiContext& ui) {
  const std::vector<std::string_view> lines = SplitLines(state.files[static_cast<std::size_t>(file_index)].text);
  const Accents& accents = AccentsFor(ui.settings.theme);
  const bool has_current = state.position.file == file_index && state.position.line > 0;
  ImGui::PushFont(ui.fonts.code);
  // Source reads best with tight lines: two pixels between rows, not the panels' usual six.
  const float row_gap = 2.0f * ui.scale;
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(ImGui::GetStyle().ItemSpacing.x, row_gap));
  const float gutter = ImGui::CalcTextSize("0000").x + 8.0f * ui.scale;
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(lines.size()));
  while (clipper.Step()) {
    for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
      const ImVec2 start = ImGui::GetCursorScreenPos();
      if (has_current && row + 1 == state.position.line) {
        const float width = ImGui::GetContentRegionAvail().x;
        ImGui::GetWindowDrawList()->AddRectFilled(
            start, start + ImVec2(width, ImGui::GetTextLineHeight() + row_gap),
            (accents.call_stack & 0x00FFFFFF) | 0x40000000);
      }
      ImGui::PushStyleColor(ImGuiCol_Text, accents.muted_text);
      ImGui::Text("%4d", row + 1);
      ImGui::PopStyleColor();
      ImGui::SameLine(gutter);
      const std::string_view line = lines[static_cast<std::size_t>(row)];
      ImGui::TextUnformatted(line.data(), line.data() + line.size());
    }
  }
  ImGui::PopStyleVar();
  ImGui::PopFont();
}

}  // namespace

void DrawCodePanel(const session::State& state, const UiContext& ui) {
  if (state.files.empty()) {
    EmptyHint(ui, "No program loaded. Pick one from Examples, or write your own.");
    return;
  }
  if (!ImGui::BeginTabBar("files")) return;
  for (std::size_t i = 0; i < state.files.size(); ++i) {
    if (ImGui::BeginTabItem(state.files[i].name.c_str())) {
      ImGui::BeginChild("source", ImVec2(0, 0), false, ImGuiWindowFlags_HorizontalScrollbar);
      DrawSource(state, static_cast<int>(i), ui);
      ImGui::EndChild();
      ImGui::EndTabItem();
    }
  }
  ImGui::EndTabBar();
}

}  // namespace th::ui
