#pragma once
// What a shell (the desktop app, the page, a test) drives each frame: the session, the program
// being edited, the run being computed and the playground that draws them. Plain ImGui and core
// code, so the tests drive it headless exactly as the shells do.
//
// How a program becomes a run lives in one place, StartRun() and ContinueRun(): the engine
// (Session::Load, then Session::Advance a slice per frame within a time budget, with progress
// shown and Pause holding it). Learners only ever see runs the engine computed.

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "session/session.h"
#include "trace/timeline_index.h"
#include "ui/frame_io.h"
#include "ui/playground.h"
#include "ui/program.h"
#include "ui/program_store.h"
#include "ui/ui_context.h"

namespace th::ui {

class App {
 public:

  explicit App(UiContext context);
  ~App();
  App(const App&) = delete;
  App& operator=(const App&) = delete;

  // Replaces the program with a built-in example (false for an unknown id) and runs it; the
  // learner's saved edit of it, when the store has one.
  bool LoadExample(const std::string& id);
  // Replaces the program with these files and runs it (the learner's saved edit of them, when
  // the store has one). They are the original that Reset goes back to.
  void LoadProgram(std::vector<trace::SourceFile> files, std::string example_id = "");
  // Back to the program as it opened; the saved edit is forgotten.
  void ResetProgram();

  // Where edits are saved as they happen and found again when a program opens (null: nowhere).
  // Set it before loading the first program.
  void SetProgramStore(ProgramStore* store) { m_store = store; }
  // The shell can make a link to the program (the page's Share button is shown).
  void SetCanShare(bool can_share) { m_can_share = can_share; }
  // Set by a frame in which the learner asked for a link to the program: the shell makes it.
  bool ShareRequested() const { return m_share_requested; }
  void ClearShareRequested() { m_share_requested = false; }
  // The program differs from how it opened.
  bool ProgramChanged() const { return m_program_changed; }

  // Replaces the program with these files and shows a run already recorded for them (a replay,
  // a benchmark's synthetic run).
  void ShowRun(std::vector<trace::SourceFile> files, std::unique_ptr<trace::Trace> run);

  // Draws one frame (between ImGui::NewFrame and ImGui::Render) after `seconds` of wall time.
  void Frame(double seconds);

  // The fonts and HiDPI scale changed (the shell rebuilt the font atlas).
  void SetFonts(const Fonts& fonts, float scale);
  // Switches the colour theme (a command-line choice beats the saved one).
  void SetTheme(Theme theme);
  // Switches the host profile (Node.js or browser) and runs the program again under it.
  void SetProfile(trace::Profile profile);
  // Parallel mode (the toolbar's switch) on or off; the program runs again.
  void SetParallel(bool parallel);

  session::Session& Session() { return m_session; }
  const Program& CurrentProgram() const { return m_program; }
  Program& CurrentProgram() { return m_program; }
  const Playground& View() const { return m_playground; }
  const RunStatus& Run() const { return m_run; }
  static constexpr std::size_t kEventAllowance = 2'000'000;
  void SetEventAllowance(std::size_t events) { m_event_allowance = m_events_allowed = events; }
  // What the engine reported about the program (a syntax error), marked in the editor.
  const std::vector<Diagnostic>& Diagnostics() const { return m_diagnostics; }
  // Computes the whole run now (tests, screenshots): what the frames would do slice by slice.
  void FinishRun();  // (or until the run is held at its allowance)
  const ViewSettings& Settings() const { return m_playground.Context().settings; }
  const trace::TimelineIndex& Timeline() const { return m_timeline; }
  // Set by a frame in which a setting the learner chose changed: the shell saves them.
  bool SettingsDirty() const { return m_settings_dirty; }
  void ClearSettingsDirty() { m_settings_dirty = false; }

  // The settings as ini text, and back (the desktop keeps it in a file, the page in
  // localStorage). Unknown keys are ignored, so old files keep working.
  std::string SaveSettings() const;
  void LoadSettings(const std::string& text);

 private:
  template <typename T>
  void ChangeRunSetting(T& setting, T value);
  void StartRun();
  void FollowProfileInTaskList();
  void ContinueRun();
  void ApplyOutput(const FrameOutput& output);
  void SaveProgramIfEdited();


  std::vector<Diagnostic> m_diagnostics;
  std::uint64_t m_budget = 200'000;   // VM instructions per frame, adapted to take 4-6 ms
  // A run is held when its trace reaches this many more events, so an endless program neither
  // fills the memory nor keeps a core busy unasked (tests make it smaller).
  std::size_t m_event_allowance = kEventAllowance;
  std::size_t m_events_allowed = kEventAllowance;
  double m_seconds_since_edit = 0;    // an edit re-runs the program once typing pauses
  session::Session m_session;
  trace::TimelineIndex m_timeline;
  Program m_program;
  RunStatus m_run;
  Playground m_playground;
  // The state shown, read from the session only when the step or the run changed: reading it
  // copies the state, which a frame that moves nothing should not pay for.
  const trace::State* m_state = nullptr;
  std::size_t m_state_step = 0;
  std::size_t m_state_events = 0;
  std::uint64_t m_loads = 0;         // programs loaded so far (Program::load_id)
  std::uint64_t m_run_revision = 0;  // the program revision the shown run was computed from
  bool m_settings_dirty = false;
  ProgramStore* m_store = nullptr;
  std::vector<trace::SourceFile> m_original;  // the program as it opened, for Reset
  std::uint64_t m_saved_revision = 0;         // the program revision last handed to the store
  bool m_program_changed = false;             // the program differs from m_original
  bool m_can_share = false;
  bool m_share_requested = false;
};

}  // namespace th::ui
