#include "ui/theme.h"

namespace th::ui {

namespace {

ImVec4 Rgb(int hex, float alpha = 1.0f) {
  return ImVec4(static_cast<float>((hex >> 16) & 0xFF) / 255.0f,
                static_cast<float>((hex >> 8) & 0xFF) / 255.0f,
                static_cast<float>(hex & 0xFF) / 255.0f, alpha);
}

ImU32 Rgb32(int hex) { return ImGui::ColorConvertFloat4ToU32(Rgb(hex)); }

void SetCommonMetrics(ImGuiStyle& style) {
  style.WindowPadding = ImVec2(10, 8);
  style.FramePadding = ImVec2(8, 4);
  style.ItemSpacing = ImVec2(8, 6);
  style.ItemInnerSpacing = ImVec2(6, 4);
  style.ScrollbarSize = 12;
  style.WindowRounding = 6;
  style.ChildRounding = 4;
  style.FrameRounding = 4;
  style.PopupRounding = 4;
  style.GrabRounding = 4;
  style.TabRounding = 4;
  style.ScrollbarRounding = 6;
  style.WindowBorderSize = 1;
  style.FrameBorderSize = 0;
  style.WindowTitleAlign = ImVec2(0.0f, 0.5f);
}

void SetDarkColors(ImVec4* c) {
  ImGui::StyleColorsDark();
  c[ImGuiCol_Text] = Rgb(0xE6E8EE);
  c[ImGuiCol_TextDisabled] = Rgb(0x8A8F9C);
  c[ImGuiCol_WindowBg] = Rgb(0x1F2128);
  c[ImGuiCol_ChildBg] = Rgb(0x1F2128);
  c[ImGuiCol_PopupBg] = Rgb(0x262931);
  c[ImGuiCol_Border] = Rgb(0x353944);
  c[ImGuiCol_FrameBg] = Rgb(0x2B2E37);
  c[ImGuiCol_FrameBgHovered] = Rgb(0x343845);
  c[ImGuiCol_FrameBgActive] = Rgb(0x3B4050);
  c[ImGuiCol_TitleBg] = Rgb(0x1A1C22);
  c[ImGuiCol_TitleBgActive] = Rgb(0x1A1C22);
  c[ImGuiCol_MenuBarBg] = Rgb(0x1A1C22);
  c[ImGuiCol_Button] = Rgb(0x2F3340);
  c[ImGuiCol_ButtonHovered] = Rgb(0x3C4254);
  c[ImGuiCol_ButtonActive] = Rgb(0x4A5168);
  c[ImGuiCol_Header] = Rgb(0x2F3340);
  c[ImGuiCol_HeaderHovered] = Rgb(0x3C4254);
  c[ImGuiCol_HeaderActive] = Rgb(0x4A5168);
  c[ImGuiCol_Tab] = Rgb(0x262931);
  c[ImGuiCol_TabHovered] = Rgb(0x3C4254);
  c[ImGuiCol_TabActive] = Rgb(0x343845);
  c[ImGuiCol_Separator] = Rgb(0x353944);
  c[ImGuiCol_CheckMark] = Rgb(0x7AA2F7);
  c[ImGuiCol_SliderGrab] = Rgb(0x7AA2F7);
  c[ImGuiCol_SliderGrabActive] = Rgb(0x9DB8FA);
}

void SetLightColors(ImVec4* c) {
  ImGui::StyleColorsLight();
  c[ImGuiCol_Text] = Rgb(0x1F2330);
  c[ImGuiCol_TextDisabled] = Rgb(0x7A8090);
  c[ImGuiCol_WindowBg] = Rgb(0xFAFAF7);
  c[ImGuiCol_ChildBg] = Rgb(0xFAFAF7);
  c[ImGuiCol_PopupBg] = Rgb(0xFFFFFF);
  c[ImGuiCol_Border] = Rgb(0xD9DCE3);
  c[ImGuiCol_FrameBg] = Rgb(0xECEEF2);
  c[ImGuiCol_FrameBgHovered] = Rgb(0xE2E5EC);
  c[ImGuiCol_FrameBgActive] = Rgb(0xD6DAE3);
  c[ImGuiCol_TitleBg] = Rgb(0xF0F1F4);
  c[ImGuiCol_TitleBgActive] = Rgb(0xF0F1F4);
  c[ImGuiCol_MenuBarBg] = Rgb(0xF0F1F4);
  c[ImGuiCol_Button] = Rgb(0xE4E7EE);
  c[ImGuiCol_ButtonHovered] = Rgb(0xD5DAE5);
  c[ImGuiCol_ButtonActive] = Rgb(0xC5CCDB);
  c[ImGuiCol_Header] = Rgb(0xE4E7EE);
  c[ImGuiCol_HeaderHovered] = Rgb(0xD5DAE5);
  c[ImGuiCol_HeaderActive] = Rgb(0xC5CCDB);
  c[ImGuiCol_Tab] = Rgb(0xE9EBF0);
  c[ImGuiCol_TabHovered] = Rgb(0xD5DAE5);
  c[ImGuiCol_TabActive] = Rgb(0xFFFFFF);
  c[ImGuiCol_Separator] = Rgb(0xD9DCE3);
  c[ImGuiCol_CheckMark] = Rgb(0x3D63C9);
  c[ImGuiCol_SliderGrab] = Rgb(0x3D63C9);
  c[ImGuiCol_SliderGrabActive] = Rgb(0x2F4FA6);
}

}  // namespace

void ApplyTheme(Theme theme, float scale) {
  ImGuiStyle style;
  SetCommonMetrics(style);
  ImGui::GetStyle() = style;
  if (theme == Theme::Dark) {
    SetDarkColors(ImGui::GetStyle().Colors);
  } else {
    SetLightColors(ImGui::GetStyle().Colors);
  }
  ImGui::GetStyle().ScaleAllSizes(scale);
}

const Accents& AccentsFor(Theme theme) {
  static const Accents kDark = {Rgb32(0x7AA2F7), Rgb32(0xE0AF68), Rgb32(0x7DCFFF),
                                Rgb32(0x73DACA), Rgb32(0xBB9AF7), Rgb32(0x9ECE6A),
                                Rgb32(0xC0CAF5), Rgb32(0xF7768E), Rgb32(0x8A8F9C),
                                Rgb32(0xBB9AF7), Rgb32(0x7DCFFF), Rgb32(0x9ECE6A),
                                Rgb32(0xFF9E64), Rgb32(0x6B7289),
                                {Rgb32(0xE0AF68), Rgb32(0x73DACA), Rgb32(0xF7768E), Rgb32(0x7AA2F7)}};
  static const Accents kLight = {Rgb32(0x3D63C9), Rgb32(0xB26B00), Rgb32(0x0F7FA8),
                                 Rgb32(0x138A72), Rgb32(0x7A4CC2), Rgb32(0x3C7A1E),
                                 Rgb32(0x4A5270), Rgb32(0xC8283F), Rgb32(0x7A8090),
                                 Rgb32(0x7A3FC2), Rgb32(0x0F6F9A), Rgb32(0x2F7A1A),
                                 Rgb32(0xB5520B), Rgb32(0x8A90A0),
                                 {Rgb32(0xD08A1E), Rgb32(0x138A72), Rgb32(0xC8283F), Rgb32(0x3D63C9)}};
  return theme == Theme::Dark ? kDark : kLight;
}

}  // namespace th::ui
