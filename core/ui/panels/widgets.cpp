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

void QueueItems(const UiContext& ui, const std::vector<session::QueueItem>& items, ImU32 accent) {
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const float pad = 6.0f * ui.scale;
  ImGui::PushFont(ui.fonts.code);
  for (std::size_t i = 0; i < items.size(); ++i) {
    const session::QueueItem& item = items[i];
    ImGui::PushID(static_cast<int>(i));
    const ImVec2 start = ImGui::GetCursorScreenPos();
    const float width = ImGui::GetContentRegionAvail().x;
    const float height = ImGui::GetTextLineHeight() + 2 * pad;
    draw->AddRectFilled(start, start + ImVec2(width, height), (accent & 0x00FFFFFF) | 0x33000000,
                        4.0f * ui.scale);
    draw->AddRectFilled(start, start + ImVec2(3.0f * ui.scale, height), accent, 2.0f * ui.scale);
    ImGui::SetCursorScreenPos(start + ImVec2(pad + 4.0f * ui.scale, pad));
    ImGui::TextUnformatted(item.label.c_str());
    if (!item.reason.empty() && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", item.reason.c_str());
    ImGui::SetCursorScreenPos(start + ImVec2(0, height + 3.0f * ui.scale));
    ImGui::Dummy(ImVec2(width, 0));
    ImGui::PopID();
  }
  ImGui::PopFont();
}

}  // namespace th::ui
