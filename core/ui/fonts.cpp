#include "ui/fonts.h"

#include <imgui.h>

extern const unsigned char th_font_inter_regular[];
extern const unsigned th_font_inter_regular_size;
extern const unsigned char th_font_inter_semibold[];
extern const unsigned th_font_inter_semibold_size;
extern const unsigned char th_font_jetbrains_mono[];
extern const unsigned th_font_jetbrains_mono_size;

namespace th::ui {

namespace {

ImFont* AddEmbeddedFont(const unsigned char* data, unsigned size, float pixels) {
  ImFontConfig config;
  // The data lives in the binary for the whole run: ImGui must not try to free it.
  config.FontDataOwnedByAtlas = false;
  config.OversampleH = 2;
  config.OversampleV = 1;
  static const ImWchar kRanges[] = {
      0x0020, 0x00FF,  // Basic Latin and Latin-1
      0x2010, 0x205E,  // punctuation: dashes, quotes, ellipsis, bullets
      0x2190, 0x21FF,  // arrows
      0x25A0, 0x25FF,  // geometric shapes: play and stop triangles, squares, circles
      0,
  };
  // ImGui's API takes a non-const pointer even when it does not own or change the data.
  return ImGui::GetIO().Fonts->AddFontFromMemoryTTF(const_cast<unsigned char*>(data),
                                                    static_cast<int>(size), pixels, &config,
                                                    kRanges);
}

}  // namespace

Fonts LoadFonts(float scale) {
  ImGui::GetIO().Fonts->Clear();
  Fonts fonts;
  fonts.ui = AddEmbeddedFont(th_font_inter_regular, th_font_inter_regular_size, 16.0f * scale);
  fonts.heading = AddEmbeddedFont(th_font_inter_semibold, th_font_inter_semibold_size, 16.0f * scale);
  fonts.code = AddEmbeddedFont(th_font_jetbrains_mono, th_font_jetbrains_mono_size, 15.0f * scale);
  return fonts;
}

}  // namespace th::ui
