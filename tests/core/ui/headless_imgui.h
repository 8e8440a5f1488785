#pragma once
// Dear ImGui with no platform or renderer backend: the font atlas is built in memory and the
// draw data is only inspected. Tests drive the App exactly as the shells do (NewFrame, Frame,
// Render), feeding keys and mouse clicks through ImGuiIO.

#include <gtest/gtest.h>
#include <imgui.h>
#include <imgui_internal.h>

#include <cstring>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "ui/app.h"
#include "ui/fonts.h"
#include "ui/theme.h"

namespace th::ui::testing {

// The console's lines as text, for comparing with what a run should print.
inline std::vector<std::string> ConsoleText(const trace::State& state) {
  std::vector<std::string> lines;
  for (const trace::ConsoleLine& line : state.console) lines.push_back(line.text);
  return lines;
}

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

  // An App as the shells make it: every run computed by the engine.
  App& MakeApp(Theme theme = Theme::Dark) {
    UiContext context = m_context;
    context.settings.theme = theme;
    ApplyTheme(theme, context.scale);
    m_app = std::make_unique<App>(context);
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

  // The centre of the tab (or tab button) whose label starts with `label`, as last drawn.
  static std::optional<ImVec2> TabCenter(const char* label) {
    ImGuiContext& g = *ImGui::GetCurrentContext();
    for (int i = 0; i < g.TabBars.GetMapSize(); ++i) {
      ImGuiTabBar* bar = g.TabBars.TryGetMapData(i);
      if (!bar) continue;
      for (ImGuiTabItem& tab : bar->Tabs) {
        if (std::strncmp(ImGui::TabBarGetTabName(bar, &tab), label, std::strlen(label)) != 0) continue;
        return ImVec2(bar->BarRect.Min.x + tab.Offset + tab.Width * 0.5f, (bar->BarRect.Min.y + bar->BarRect.Max.y) * 0.5f);
      }
    }
    return std::nullopt;
  }

  // The contents (the child window) of a panel.
  static const ImGuiWindow* PanelContents(const char* title) {
    const ImGuiWindow* panel = ImGui::FindWindowByName(title);
    if (!panel) return nullptr;
    const ImGuiWindow* contents = nullptr;
    for (const ImGuiWindow* child : panel->DC.ChildWindows) contents = child;
    return contents;
  }

  UiContext m_context;
  std::unique_ptr<App> m_app;
};

}  // namespace th::ui::testing
