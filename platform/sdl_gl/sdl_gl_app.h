#pragma once
// The one window both shells open: SDL2 for the window and input, OpenGL 3.3 core on the
// desktop and WebGL2 (GLES 3.0) on the page, Dear ImGui's SDL2 and OpenGL3 backends, and the
// playground drawn into it. native/app and web/app differ only in how they drive the loop.

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "trace/state.h"

namespace th::ui {
class App;
class ProgramStore;
}

namespace th::platform {

struct AppOptions {
  int width = 1280;   // initial window size in logical pixels (the page uses the canvas size)
  int height = 800;
  float content_scale = 1.0f;     // extra zoom on top of the display's own pixel density
  bool light_theme = false;       // start in the light theme instead of the dark one
  int max_frames = 0;             // stop after this many frames; 0 runs until the window closes
  std::string screenshot_path;    // with max_frames: save the last frame here as a BMP
  std::string example_id;         // open this example (else the one open last time, else the first)
  std::vector<trace::SourceFile> files;  // open this program instead of an example (a teacher's
                                           // embedded code, files named on the command line)
  long long start_step = -1;      // with an example: show this step of its run (screenshots, links)
  bool theme_given = false;       // light_theme was chosen on the command line: it beats the saved one
  std::string profile;            // "node" or "browser" to run under that host; "" keeps the saved one
  std::string threads;            // "turns" or "parallel" (the toolbar's switch); "" keeps the saved one
  std::string settings;           // the saved settings (ini text), read at start
  std::function<void(const std::string&)> save_settings;  // called with the settings when they change
  ui::ProgramStore* program_store = nullptr;  // where edits are saved as they happen (null: nowhere)
  bool can_share = false;                     // the shell makes links to programs (the Share button)
};

class SdlGlApp {
 public:
  SdlGlApp();
  ~SdlGlApp();
  SdlGlApp(const SdlGlApp&) = delete;
  SdlGlApp& operator=(const SdlGlApp&) = delete;

  // Opens the window and the GL context. On failure returns false and sets `error` to a
  // sentence for the person who started the app.
  bool Init(const AppOptions& options, std::string& error);

  // Handles input and draws one frame. Returns false once the app should close.
  bool Frame();

  // Resizes the window (the page calls this when its canvas changes size).
  void Resize(int width, int height);

  int FramesDrawn() const;

  // The playground (for the page's test hook and clipboard bridge).
  ui::App& Playground();

 private:
  struct Impl;
  std::unique_ptr<Impl> m_impl;
};

}  // namespace th::platform
