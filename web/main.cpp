// The page: the playground in a WebGL2 canvas. The browser drives the frames; the canvas
// follows the size the page gives it.
#include <emscripten.h>
#include <emscripten/html5.h>

#include <cstdio>
#include <string>

#include "sdl_gl_app.h"

namespace {

struct Page {
  th::platform::SdlGlApp app;
  int width = 0;
  int height = 0;
};

// Tells the loader page whether the app started, so it can replace the canvas with a message
// a learner can act on.
EM_JS(void, th_report_start, (int ok, const char* message), {
  if (Module.onThreadhouseStart) Module.onThreadhouseStart(!!ok, UTF8ToString(message));
});

EM_JS(void, th_report_frame, (int frames), {
  if (Module.onThreadhouseFrame) Module.onThreadhouseFrame(frames);
});

void FollowCanvasSize(Page& page) {
  double css_width = 0, css_height = 0;
  emscripten_get_element_css_size("#canvas", &css_width, &css_height);
  const int width = static_cast<int>(css_width);
  const int height = static_cast<int>(css_height);
  if (width > 0 && height > 0 && (width != page.width || height != page.height)) {
    page.width = width;
    page.height = height;
    page.app.Resize(width, height);
  }
}

void OneFrame(void* user_data) {
  Page& page = *static_cast<Page*>(user_data);
  FollowCanvasSize(page);
  page.app.Frame();
  th_report_frame(page.app.FramesDrawn());
}

}  // namespace

int main() {
  static Page page;
  double css_width = 0, css_height = 0;
  emscripten_get_element_css_size("#canvas", &css_width, &css_height);
  th::platform::AppOptions options;
  options.width = css_width > 0 ? static_cast<int>(css_width) : 1280;
  options.height = css_height > 0 ? static_cast<int>(css_height) : 800;
  std::string error;
  if (!page.app.Init(options, error)) {
    th_report_start(0, error.c_str());
    return 1;
  }
  th_report_start(1, "");
  emscripten_set_main_loop_arg(OneFrame, &page, 0, 1);
  return 0;
}
