#pragma once
// Dear ImGui with no platform or renderer backend: the font atlas is built in memory and the
// draw data is only inspected. Tests drive the App exactly as the shells do (NewFrame, Frame,
// Render), feeding keys and mouse clicks through ImGuiIO.

#include <gtest/gtest.h>
#include <imgui.h>
#include <imgui_internal.h>

#include <memory>

#include "examples/recorded_runs.h"
#include "ui/app.h"
#include "ui/fonts.h"
#include "ui/theme.h"

namespace th::ui::testing {

class HeadlessImGui : public ::testing::Test {
 protected:
  void SetUp() override {
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    m_context.fonts = LoadFonts(1.0f);
    unsigned char* pixels = nullptr;
    int width = 0, height = 0;
    io.Fonts->GetTexDataAsRGBA32(&pixels, &width, &height);
    ASSERT_NE(pixels, nullptr);
    ASSERT_GT(width, 0);
  }
  void TearDown() override {
    m_app.reset();
    ImGui::DestroyContext();
  }

  // An App whose programs get the examples' recorded runs, as in the shells.
  App& MakeApp(Theme theme = Theme::Dark) {
    UiContext context = m_context;
    context.settings.theme = theme;
    ApplyTheme(theme, context.scale);
    m_app = std::make_unique<App>(context, [](const std::vector<session::SourceFile>& files) {
      return examples::RecordedRunFor(files);
    });
    return *m_app;
  }

  // Draws `frames` frames at the given size; returns the last frame's vertex count.
  int DrawFrames(int frames, ImVec2 size = ImVec2(1280, 800)) {
    int vertices = 0;
    for (int i = 0; i < frames; ++i) {
      ImGuiIO& io = ImGui::GetIO();
      io.DisplaySize = size;
      io.DeltaTime = 1.0f / 60.0f;
      ImGui::NewFrame();
      m_app->Frame(1.0 / 60.0);
      ImGui::Render();
      vertices = ImGui::GetDrawData()->TotalVtxCount;
    }
    return vertices;
  }

  // Presses and releases a key (with Shift held when asked), one frame each.
  void PressKey(ImGuiKey key, bool shift = false) {
    ImGuiIO& io = ImGui::GetIO();
    if (shift) io.AddKeyEvent(ImGuiMod_Shift, true);
    io.AddKeyEvent(key, true);
    DrawFrames(1);
    io.AddKeyEvent(key, false);
    if (shift) io.AddKeyEvent(ImGuiMod_Shift, false);
    DrawFrames(1);
  }

  // Clicks at a point of the screen: press in one frame, release in the next.
  void Click(ImVec2 at) {
    ImGuiIO& io = ImGui::GetIO();
    io.AddMousePosEvent(at.x, at.y);
    DrawFrames(1);
    io.AddMouseButtonEvent(0, true);
    DrawFrames(1);
    io.AddMouseButtonEvent(0, false);
    DrawFrames(1);
  }

  std::size_t Step() { return m_app->Session().CurrentStep(); }

  UiContext m_context;
  std::unique_ptr<App> m_app;
};

}  // namespace th::ui::testing
