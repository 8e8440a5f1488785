// The desktop app: the playground in an SDL2 window with OpenGL 3.3.
//   threadhouse-app [--example ID] [--step N] [--frames N] [--screenshot FILE.bmp] [--size WxH]
//                   [--scale S] [--theme T] [--profile node|browser] [--threads turns|parallel]
//                   [FILE.js ...]
// Settings (theme, analogies, play speed, the example open last) are kept in
// $XDG_CONFIG_HOME/threadhouse/settings.ini (~/.config/threadhouse/settings.ini).
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "sdl_gl_app.h"

namespace {

void PrintUsage(std::FILE* out) {
  std::fputs(
      "usage: threadhouse-app [options] [FILE.js ...]\n"
      "  FILE.js ...        open this program (the first file is the one that runs) instead of an example\n"
      "  --example ID       open this built-in example (e.g. boil_water)\n"
      "  --step N           show step N of its run\n"
      "  --size WxH         window size in logical pixels (default 1280x800)\n"
      "  --scale S          zoom the interface by S (default 1)\n"
      "  --theme dark|light colour theme to start with (default: as last time, else dark)\n"
      "  --profile node|browser  run programs as Node.js or as a web page does (default: as last time, else node)\n"
      "  --threads turns|parallel  workers and processes take turns in a reproducible order, or run at\n"
      "                     once on real threads (default: as last time, else turns)\n"
      "  --frames N         quit after N frames (for tests and screenshots)\n"
      "  --screenshot FILE  with --frames: save the last frame as a BMP image\n"
      "  --no-settings      neither read nor write the settings file (tests)\n"

      "  --help             show this help\n",
      out);
}

// Next to the user's other configuration, as the XDG base directory spec asks.
std::filesystem::path SettingsPath() {
  if (const char* config = std::getenv("XDG_CONFIG_HOME"); config && *config) {
    return std::filesystem::path(config) / "threadhouse" / "settings.ini";
  }
  if (const char* home = std::getenv("HOME"); home && *home) {
    return std::filesystem::path(home) / ".config" / "threadhouse" / "settings.ini";
  }
  return {};
}

std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

int main(int argc, char** argv) {
  th::platform::AppOptions options;
  bool use_settings = true;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    const bool has_value = i + 1 < argc;
    if (arg == "--help" || arg == "-h") {
      PrintUsage(stdout);
      return 0;
    } else if (arg == "--frames" && has_value) {
      options.max_frames = std::atoi(argv[++i]);
    } else if (arg == "--screenshot" && has_value) {
      options.screenshot_path = argv[++i];
    } else if (arg == "--example" && has_value) {
      options.example_id = argv[++i];
    } else if (arg == "--step" && has_value) {
      options.start_step = std::atoll(argv[++i]);
    } else if (arg == "--no-settings") {
      use_settings = false;
    } else if (arg == "--theme" && has_value && (std::strcmp(argv[i + 1], "dark") == 0 ||
                                                  std::strcmp(argv[i + 1], "light") == 0)) {
      options.light_theme = std::strcmp(argv[++i], "light") == 0;
      options.theme_given = true;
    } else if (arg == "--profile" && has_value && (std::strcmp(argv[i + 1], "node") == 0 ||
                                                    std::strcmp(argv[i + 1], "browser") == 0)) {
      options.profile = argv[++i];
    } else if (arg == "--threads" && has_value && (std::strcmp(argv[i + 1], "turns") == 0 ||
                                                    std::strcmp(argv[i + 1], "parallel") == 0)) {
      options.threads = argv[++i];
    } else if (arg == "--scale" && has_value) {
      options.content_scale = static_cast<float>(std::atof(argv[++i]));
    } else if (arg == "--size" && has_value &&
               std::sscanf(argv[i + 1], "%dx%d", &options.width, &options.height) == 2) {
      ++i;
    } else if (!arg.empty() && arg[0] != '-') {
      std::ifstream in(arg);
      if (!in) {
        std::fprintf(stderr, "threadhouse-app: cannot read '%s'\n", arg.c_str());
        return 2;
      }
      std::ostringstream text;
      text << in.rdbuf();
      options.files.push_back({std::filesystem::path(arg).filename().string(), text.str()});
    } else {
      std::fprintf(stderr, "threadhouse-app: unknown or incomplete option '%s'\n", arg.c_str());
      PrintUsage(stderr);
      return 2;
    }
  }
  if (!options.screenshot_path.empty() && options.max_frames <= 0) options.max_frames = 10;
  if (options.content_scale <= 0.0f) options.content_scale = 1.0f;

  const std::filesystem::path settings_path = use_settings ? SettingsPath() : std::filesystem::path();
  if (!settings_path.empty()) {
    options.settings = ReadFile(settings_path);
    options.save_settings = [settings_path](const std::string& text) {
      std::error_code ignored;
      std::filesystem::create_directories(settings_path.parent_path(), ignored);
      std::ofstream(settings_path) << text;
    };
  }

  th::platform::SdlGlApp app;
  std::string error;
  if (!app.Init(options, error)) {
    std::fprintf(stderr, "threadhouse-app: %s\n", error.c_str());
    return 1;
  }
  while (app.Frame()) {
  }
  return 0;
}
