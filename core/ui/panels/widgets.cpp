#include "ui/panels/widgets.h"

#include <imgui.h>

#include <string>

#include "ui/theme.h"

namespace th::ui {

void EmptyHint(const UiContext& ui, std::string_view text) {
  ImGui::PushStyleColor(ImGuiCol_Text, AccentsFor(ui.settings.theme).muted_text);
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(text.data(), text.data() + text.size());
  ImGui::PopTextWrapPos();
  ImGui::PopStyleColor();
}

void SectionLabel(const UiContext& ui, std::string_view label, std::size_t count) {
  ImGui::PushStyleColor(ImGuiCol_Text, AccentsFor(ui.settings.theme).muted_text);
  const std::string text = std::string(label) + "  (" + std::to_string(count) + ")";
  ImGui::TextUnformatted(text.c_str());
  ImGui::PopStyleColor();
}

void QueueItems(const UiContext& ui, const std::vector<trace::QueueItem>& items, ImU32 accent) {
  if (items.empty()) return;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const float pad = 6.0f * ui.scale;
  ImGui::PushFont(ui.fonts.code);
  const float height = ImGui::GetTextLineHeight() + 2 * pad;
  const float pitch = height + ImGui::GetStyle().ItemSpacing.y;
  // Every row has the same height, so only the visible ones are laid out (a long queue costs
  // what a short one does).
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(items.size()), pitch);
  while (clipper.Step()) {
    for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
      const trace::QueueItem& item = items[static_cast<std::size_t>(row)];
      ImGui::PushID(static_cast<int>(item.id) ^ (row << 20));
      const ImVec2 start = ImGui::GetCursorScreenPos();
      const float width = ImGui::GetContentRegionAvail().x;
      draw->AddRectFilled(start, start + ImVec2(width, height), (accent & 0x00FFFFFF) | 0x33000000,
                          4.0f * ui.scale);
      draw->AddRectFilled(start, start + ImVec2(3.0f * ui.scale, height), accent, 2.0f * ui.scale);
      const ImVec4 clip(start.x, start.y, start.x + width - pad, start.y + height);
      draw->AddText(nullptr, 0.0f, start + ImVec2(pad + 4.0f * ui.scale, pad), ImGui::GetColorU32(ImGuiCol_Text),
                    item.label.data(), item.label.data() + item.label.size(), 0.0f, &clip);
      ImGui::Dummy(ImVec2(width, height));
      if (ImGui::IsItemHovered()) {
        ImGui::SetTooltip("%.*s%s%.*s", static_cast<int>(item.label.size()), item.label.data(),
                          item.reason.empty() ? "" : "\n", static_cast<int>(item.reason.size()), item.reason.data());
      }
      ImGui::PopID();
    }
  }
  ImGui::PopFont();
}

}  // namespace th::ui
