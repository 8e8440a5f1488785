#include "sdl_gl_app.h"

#include <SDL.h>
#include <imgui.h>
#include <imgui_impl_opengl3.h>
#include <imgui_impl_sdl2.h>

#include <algorithm>
#include <cfloat>
#include <cstdint>
#include <cstring>
#include <vector>

#ifdef __EMSCRIPTEN__
#include <SDL_opengles2.h>  // GL entry points of WebGL2 (glReadPixels for the screenshot)
#else
#include <SDL_opengl.h>
#endif

#include "examples/catalog.h"
#include "trace/state.h"
#include "ui/app.h"
#include "ui/fonts.h"
#include "ui/theme.h"

namespace th::platform {

struct SdlGlApp::Impl {
  AppOptions options;
  SDL_Window* window = nullptr;
  SDL_GLContext gl = nullptr;
  bool imgui_ready = false;
  std::unique_ptr<ui::App> app;
  float font_density = 0.0f;  // the pixel density the font atlas was last built for
  int frames = 0;
  std::uint64_t last_counter = 0;  // SDL's performance counter at the previous frame

  ~Impl();
  float FramebufferScale() const;
  void RebuildFontsIfNeeded();
  bool SaveScreenshot() const;
};

SdlGlApp::Impl::~Impl() {
  app.reset();
  if (imgui_ready) {
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplSDL2_Shutdown();
    ImGui::DestroyContext();
  }
  if (gl) SDL_GL_DeleteContext(gl);
  if (window) SDL_DestroyWindow(window);
  SDL_Quit();
}

// How many framebuffer pixels one logical pixel has (2 on a Retina display or a zoomed page).
float SdlGlApp::Impl::FramebufferScale() const {
  int window_w = 0, window_h = 0, drawable_w = 0, drawable_h = 0;
  SDL_GetWindowSize(window, &window_w, &window_h);
  SDL_GL_GetDrawableSize(window, &drawable_w, &drawable_h);
  return window_w > 0 ? std::max(1.0f, static_cast<float>(drawable_w) / static_cast<float>(window_w)) : 1.0f;
}

// Fonts are rasterized at the framebuffer's density and drawn at 1/density, so text stays sharp
// on HiDPI screens while the layout works in logical pixels.
void SdlGlApp::Impl::RebuildFontsIfNeeded() {
  const float density = FramebufferScale();
  if (density == font_density) return;
  font_density = density;
  const ui::Fonts fonts = ui::LoadFonts(options.content_scale * density);
  ImGui::GetIO().FontGlobalScale = 1.0f / density;
  ImGui_ImplOpenGL3_DestroyFontsTexture();
  ImGui_ImplOpenGL3_CreateFontsTexture();
  app->SetFonts(fonts, options.content_scale);
}

bool SdlGlApp::Impl::SaveScreenshot() const {
  int width = 0, height = 0;
  SDL_GL_GetDrawableSize(window, &width, &height);
  std::vector<std::uint8_t> pixels(static_cast<std::size_t>(width) * static_cast<std::size_t>(height) * 4);
  glReadPixels(0, 0, width, height, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
  // GL's rows go bottom-up; a BMP written by SDL goes top-down.
  const std::size_t row = static_cast<std::size_t>(width) * 4;
  for (int y = 0; y < height / 2; ++y) {
    std::swap_ranges(pixels.begin() + static_cast<std::ptrdiff_t>(row * static_cast<std::size_t>(y)),
                     pixels.begin() + static_cast<std::ptrdiff_t>(row * static_cast<std::size_t>(y + 1)),
                     pixels.begin() + static_cast<std::ptrdiff_t>(row * static_cast<std::size_t>(height - 1 - y)));
  }
  SDL_Surface* surface = SDL_CreateRGBSurfaceWithFormatFrom(pixels.data(), width, height, 32,
                                                            static_cast<int>(row), SDL_PIXELFORMAT_ABGR8888);
  if (!surface) return false;
  const bool saved = SDL_SaveBMP(surface, options.screenshot_path.c_str()) == 0;
  SDL_FreeSurface(surface);
  return saved;
}

SdlGlApp::SdlGlApp() : m_impl(std::make_unique<Impl>()) {}
SdlGlApp::~SdlGlApp() = default;

bool SdlGlApp::Init(const AppOptions& options, std::string& error) {
  Impl& app = *m_impl;
  app.options = options;
  if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER) != 0) {
    error = std::string("Could not start SDL: ") + SDL_GetError();
    return false;
  }
#ifdef __EMSCRIPTEN__
  const char* glsl_version = "#version 300 es";
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_ES);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
#else
  const char* glsl_version = "#version 330 core";
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_FLAGS, SDL_GL_CONTEXT_FORWARD_COMPATIBLE_FLAG);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_CORE);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 3);
#endif
  SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
  SDL_GL_SetAttribute(SDL_GL_DEPTH_SIZE, 0);
  SDL_GL_SetAttribute(SDL_GL_STENCIL_SIZE, 8);
  const auto flags = static_cast<SDL_WindowFlags>(SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI);
  app.window = SDL_CreateWindow("Threadhouse", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED,
                                options.width, options.height, flags);
  if (!app.window) {
    error = std::string("Could not open a window: ") + SDL_GetError();
    return false;
  }
  app.gl = SDL_GL_CreateContext(app.window);
  if (!app.gl) {
    error = std::string("Could not create an OpenGL 3.3 context: ") + SDL_GetError();
    return false;
  }
  SDL_GL_MakeCurrent(app.window, app.gl);
  SDL_GL_SetSwapInterval(1);

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  // Our settings are saved by the shell (settings ini / localStorage); the panels do not move.
  io.IniFilename = nullptr;
  // No keyboard navigation: the arrow keys and space move through the run instead.
  ImGui_ImplSDL2_InitForOpenGL(app.window, app.gl);
  ImGui_ImplOpenGL3_Init(glsl_version);
  app.imgui_ready = true;

  ui::UiContext context;
  // Every run the learner sees is computed by the engine, workers and child processes included.
  app.app = std::make_unique<ui::App>(context);
  app.app->LoadSettings(options.settings);
  app.app->SetProgramStore(options.program_store);
  app.app->SetCanShare(options.can_share);
  if (options.theme_given) app.app->SetTheme(options.light_theme ? ui::Theme::Light : ui::Theme::Dark);
  if (options.threads == "turns" || options.threads == "parallel") app.app->SetParallel(options.threads == "parallel");
  if (options.profile == "node" || options.profile == "browser") {
    app.app->SetProfile(options.profile == "browser" ? trace::Profile::Browser : trace::Profile::Node);
  }
  if (!options.files.empty()) {
    app.app->LoadProgram(options.files);
  } else {
    std::string example = options.example_id;
    if (example.empty() || !examples::FindExample(example)) example = app.app->Settings().example_id;
    if (example.empty() || !examples::FindExample(example)) example = examples::BuiltinExamples().front().id;
    app.app->LoadExample(example);
  }
  app.app->ClearSettingsDirty();
  if (options.start_step >= 0) {
    app.app->FinishRun();  // the step asked for must exist before the view goes there
    app.app->Session().Apply({session::CommandKind::SeekTo, static_cast<std::int64_t>(options.start_step)});
  }
  app.RebuildFontsIfNeeded();
  app.last_counter = SDL_GetPerformanceCounter();
  return true;
}

bool SdlGlApp::Frame() {
  Impl& app = *m_impl;
  bool keep_running = true;
  SDL_Event event;
  while (SDL_PollEvent(&event)) {
    ImGui_ImplSDL2_ProcessEvent(&event);
    if (event.type == SDL_QUIT) keep_running = false;
    if (event.type == SDL_WINDOWEVENT && event.window.event == SDL_WINDOWEVENT_CLOSE &&
        event.window.windowID == SDL_GetWindowID(app.window)) {
      keep_running = false;
    }
  }
  app.RebuildFontsIfNeeded();

  const std::uint64_t now = SDL_GetPerformanceCounter();
  const double seconds = static_cast<double>(now - app.last_counter) / static_cast<double>(SDL_GetPerformanceFrequency());
  app.last_counter = now;

  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplSDL2_NewFrame();
  // A screenshot shows the playground as it opens, not a tooltip where the pointer happens to be.
  if (!app.options.screenshot_path.empty()) ImGui::GetIO().AddMousePosEvent(-FLT_MAX, -FLT_MAX);
  ImGui::NewFrame();
  app.app->Frame(seconds);
  ImGui::Render();
  if (app.app->SettingsDirty()) {
    if (app.options.save_settings) app.options.save_settings(app.app->SaveSettings());
    app.app->ClearSettingsDirty();
  }

  const ImGuiIO& io = ImGui::GetIO();
  glViewport(0, 0, static_cast<int>(io.DisplaySize.x * io.DisplayFramebufferScale.x),
             static_cast<int>(io.DisplaySize.y * io.DisplayFramebufferScale.y));
  const ImVec4 clear = ImGui::GetStyle().Colors[ImGuiCol_MenuBarBg];
  glClearColor(clear.x, clear.y, clear.z, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  ++app.frames;

  const bool last_frame = app.options.max_frames > 0 && app.frames >= app.options.max_frames;
  if (last_frame && !app.options.screenshot_path.empty() && !app.SaveScreenshot()) {
    SDL_Log("Could not save the screenshot to %s: %s", app.options.screenshot_path.c_str(), SDL_GetError());
  }
  SDL_GL_SwapWindow(app.window);
  return keep_running && !last_frame;
}

void SdlGlApp::Resize(int width, int height) {
  SDL_SetWindowSize(m_impl->window, width, height);
}

int SdlGlApp::FramesDrawn() const { return m_impl->frames; }

ui::App& SdlGlApp::Playground() { return *m_impl->app; }

}  // namespace th::platform
