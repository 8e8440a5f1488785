// The page: the playground in a WebGL2 canvas. The browser drives the frames; the canvas
// follows the size the page gives it. Settings and the learner's edits live in the page's
// storage (localStorage), the clipboard is the browser's, and window.threadhouse (index.html)
// gets what the tests read.
//   ?example=ID   open this example        ?step=N   show step N of its run
//   ?theme=dark|light                      ?profile=node|browser
//   ?code=SOURCE or #code=SOURCE           a program of one file, main.js
//   #p=VERSION.DATA                        a share link: every file and the profile (web/share_link.js)
#include <emscripten.h>
#include <emscripten/html5.h>

#include <imgui.h>

#include <cstdio>
#include <cstdlib>
#include <string>

#include "files_bridge.h"
#include "program_store.h"
#include "sdl_gl_app.h"
#include "trace/state.h"
#include "ui/app.h"

namespace {

using th::web::JsonString;

struct Page {
  th::platform::SdlGlApp app;
  th::web::PageProgramStore programs;  // the learner's edits, saved as they happen
  int width = 0;
  int height = 0;
  std::string clipboard;           // what ImGui reads on paste (kept alive between calls)
  std::string reported;            // the last state told to the page, to tell only changes
  std::string signature;           // what the last report depended on, checked cheaply each frame
};

Page* g_page = nullptr;  // the one page; the exported functions below reach it through this

// Tells the loader page whether the app started, so it can replace the canvas with a message
// a learner can act on.
EM_JS(void, th_report_start, (int ok, const char* message), {
  if (Module.onThreadhouseStart) Module.onThreadhouseStart(!!ok, UTF8ToString(message));
});

EM_JS(void, th_report_frame, (int frames), {
  if (Module.onThreadhouseFrame) Module.onThreadhouseFrame(frames);
});

// The state the browser tests read (window.threadhouse.state), as JSON.
EM_JS(void, th_report_state, (const char* json), {
  if (Module.onThreadhouseState) Module.onThreadhouseState(JSON.parse(UTF8ToString(json)));
});

// A parameter of the page's URL, from its query (?example=…) or its fragment (#code=…, which
// is never sent to the server, so a long program fits), or "" (the caller frees the result).
EM_JS(char*, th_url_param, (const char* name), {
  const key = UTF8ToString(name);
  const value = new URLSearchParams(location.search).get(key) ||
                new URLSearchParams(location.hash.slice(1)).get(key) || "";
  return allocateUTF8(value);
});

// The page's storage (web/page_storage.js) is localStorage, or memory where the browser
// refuses it (a sandboxed iframe): then settings last one visit.
EM_JS(char*, th_settings_load, (), {
  return allocateUTF8(ThreadhouseStorage.get("threadhouse.settings") || "");
});

EM_JS(void, th_settings_save, (const char* text), {
  ThreadhouseStorage.set("threadhouse.settings", UTF8ToString(text));
});

// The program of a share link (#p=…), which the loader decoded before the playground started
// (decompressing is asynchronous), as URI lines (files_bridge.h); "" when there is none.
EM_JS(char*, th_shared_files, (), {
  const program = Module.thSharedProgram;
  return allocateUTF8(program ? program.files.map((f) => encodeURIComponent(f.name) + "\n" + encodeURIComponent(f.text)).join("\n") : "");
});

EM_JS(char*, th_shared_profile, (), {
  return allocateUTF8(Module.thSharedProgram ? Module.thSharedProgram.profile : "");
});

// Share: the program becomes a link (web/share_link.js), which index.html copies and announces.
EM_JS(void, th_share_program, (const char* json), {
  const program = JSON.parse(UTF8ToString(json));
  ThreadhouseShareLink.encode(program).then((fragment) => {
    const url = location.origin + location.pathname + "#" + fragment;
    Module.thClipboard = url;  // pasting in the editor gives the link too
    if (Module.onThreadhouseShare) Module.onThreadhouseShare(url, program);
  }).catch((error) => {
    if (Module.onThreadhouseNotice) Module.onThreadhouseNotice("This browser could not make a link: " + error.message);
  });
});

// Copy: ImGui hands over the text after Ctrl+C / Ctrl+X, within the key press's activation, so
// the asynchronous Clipboard API may write it. The page keeps its own copy too, for pasting
// back where the browser refuses to read the clipboard.
EM_JS(void, th_clipboard_write, (const char* text), {
  const value = UTF8ToString(text);
  Module.thClipboard = value;
  if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(value).catch(() => {});
});

// Paste: the browser's 'paste' event (index.html) fires with the key press, before the frame in
// which ImGui handles Ctrl+V, and leaves the text in Module.thClipboard.
EM_JS(char*, th_clipboard_read, (), {
  return allocateUTF8(Module.thClipboard || "");
});

std::string TakeString(char* text) {
  std::string value = text ? text : "";
  std::free(text);
  return value;
}

void SetClipboard(void*, const char* text) { th_clipboard_write(text); }

const char* GetClipboard(void*) {
  g_page->clipboard = TakeString(th_clipboard_read());
  return g_page->clipboard.c_str();
}

void ReportState(Page& page) {
  th::ui::App& app = page.app.Playground();
  // Reading the state copies it: only when something it depends on changed.
  const std::string signature =
      std::to_string(app.Session().CurrentStep()) + "/" + std::to_string(app.Session().StepCount()) + "/" +
      std::to_string(app.CurrentProgram().load_id) + "/" + std::to_string(app.CurrentProgram().revision) + "/" +
      std::to_string(static_cast<int>(app.Settings().theme)) + std::to_string(app.Session().Playing()) +
      std::to_string(app.Run().stale) + std::to_string(static_cast<int>(app.Settings().profile)) +
      std::to_string(app.Settings().compress_idle) + std::to_string(app.Settings().parallel) +
      std::to_string(static_cast<int>(app.Session().Threads())) + std::to_string(app.CurrentProgram().tasks.size()) +
      std::to_string(app.CurrentProgram().tasks_read_only) + std::to_string(static_cast<int>(app.Run().phase)) +
      std::to_string(app.Diagnostics().size());
  if (signature == page.signature) return;
  page.signature = signature;
  const th::trace::State& state = app.Session().Current();
  const th::ui::Program& program = app.CurrentProgram();
  std::string json = "{\"example\":" + JsonString(program.example_id);
  json += ",\"step\":" + std::to_string(state.step) + ",\"stepCount\":" + std::to_string(state.step_count);
  json += ",\"playing\":" + std::string(app.Session().Playing() ? "true" : "false");
  json += ",\"stale\":" + std::string(app.Run().stale ? "true" : "false");
  json += ",\"theme\":" + std::string(app.Settings().theme == th::ui::Theme::Light ? "\"light\"" : "\"dark\"");
  json += ",\"profile\":" + std::string(app.Settings().profile == th::trace::Profile::Browser ? "\"browser\"" : "\"node\"");
  json += ",\"runProfile\":" + std::string(state.profile == th::trace::Profile::Browser ? "\"browser\"" : "\"node\"");
  json += ",\"threads\":" + std::string(app.Settings().parallel ? "\"parallel\"" : "\"turns\"");
  const th::runtime::AgentThreads ran = app.Session().Threads();
  json += ",\"runThreads\":" + std::string(ran == th::runtime::AgentThreads::Parallel ? "\"parallel\""
                                           : ran == th::runtime::AgentThreads::Baton  ? "\"baton\""
                                                                                      : "\"cooperative\"");
  json += ",\"compressIdle\":" + std::string(app.Settings().compress_idle ? "true" : "false");
  json += ",\"programChanged\":" + std::string(app.ProgramChanged() ? "true" : "false");
  json += ",\"tasks\":" + std::to_string(program.tasks.size());
  json += ",\"tasksReadOnly\":" + std::string(program.tasks_read_only ? "true" : "false");
  json += ",\"explanation\":" + JsonString(state.explanation);
  json += ",\"diagnostics\":[";
  for (std::size_t i = 0; i < app.Diagnostics().size(); ++i) {
    const th::Diagnostic& diagnostic = app.Diagnostics()[i];
    json += (i ? "," : "") + std::string("{\"file\":") + JsonString(diagnostic.file) +
            ",\"line\":" + std::to_string(diagnostic.line) + ",\"message\":" + JsonString(diagnostic.message) + "}";
  }
  json += "]";
  json += ",\"computing\":" + std::string(app.Run().phase == th::ui::RunPhase::Computing ? "true" : "false");
  json += ",\"events\":" + std::to_string(app.Run().events);
  json += ",\"heldAtAllowance\":" + std::string(app.Run().over_allowance ? "true" : "false");
  json += ",\"agents\":[";
  for (std::size_t i = 0; i < state.agents.size(); ++i) {
    json += (i ? "," : "") + std::string("{\"name\":") + JsonString(state.agents[i].name) +
            ",\"exitCode\":" + std::to_string(state.agents[i].exit_code) + "}";
  }
  json += "]";
  json += ",\"console\":[";
  for (std::size_t i = 0; i < state.console.size(); ++i) json += (i ? "," : "") + JsonString(state.console[i].text);
  json += "],\"files\":[";
  for (std::size_t i = 0; i < program.files.size(); ++i) {
    json += (i ? "," : "") + std::string("{\"name\":") + JsonString(program.files[i].name) +
            ",\"text\":" + JsonString(program.files[i].text) + "}";
  }
  json += "]}";
  if (json == page.reported) return;
  page.reported = json;
  th_report_state(json.c_str());
}

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
  th::ui::App& app = page.app.Playground();
  if (app.ShareRequested()) {
    app.ClearShareRequested();
    const std::string profile = app.Settings().profile == th::trace::Profile::Browser ? "browser" : "node";
    const std::string json = "{\"files\":" + th::web::FilesToJson(app.CurrentProgram().files) +
                             ",\"profile\":\"" + profile + "\"}";
    th_share_program(json.c_str());
  }
  ReportState(page);
  th_report_frame(page.app.FramesDrawn());
}

}  // namespace

// For the page's test hook and links: window.threadhouse.loadExample(id).
extern "C" EMSCRIPTEN_KEEPALIVE int th_load_example(const char* id) {
  return g_page && g_page->app.Playground().LoadExample(id) ? 1 : 0;
}

int main() {
  static Page page;
  g_page = &page;
  double css_width = 0, css_height = 0;
  emscripten_get_element_css_size("#canvas", &css_width, &css_height);
  th::platform::AppOptions options;
  options.width = css_width > 0 ? static_cast<int>(css_width) : 1280;
  options.height = css_height > 0 ? static_cast<int>(css_height) : 800;
  options.example_id = TakeString(th_url_param("example"));
  // A share link (#p=…: every file and the profile) beats a teacher's own program
  // (?code=<encodeURIComponent(source)> or #code=…, opened as main.js), which beats ?example=.
  options.files = th::web::FilesFromUriLines(TakeString(th_shared_files()));
  const std::string shared_profile = TakeString(th_shared_profile());
  if (options.files.empty()) {
    if (std::string code = TakeString(th_url_param("code")); !code.empty()) {
      options.files.push_back({"main.js", std::move(code)});
    }
  }
  const std::string step = TakeString(th_url_param("step"));
  if (!step.empty()) options.start_step = std::atoll(step.c_str());
  const std::string theme = TakeString(th_url_param("theme"));
  if (theme == "light" || theme == "dark") {
    options.light_theme = theme == "light";
    options.theme_given = true;
  }
  options.profile = TakeString(th_url_param("profile"));
  if (options.profile.empty()) options.profile = shared_profile;
  options.program_store = &page.programs;
  options.can_share = true;
  options.settings = TakeString(th_settings_load());
  options.save_settings = [](const std::string& text) { th_settings_save(text.c_str()); };
  std::string error;
  if (!page.app.Init(options, error)) {
    th_report_start(0, error.c_str());
    return 1;
  }
  ImGuiIO& io = ImGui::GetIO();
  io.SetClipboardTextFn = SetClipboard;
  io.GetClipboardTextFn = GetClipboard;
  th_report_start(1, "");
  emscripten_set_main_loop_arg(OneFrame, &page, 0, 1);
  return 0;
}
