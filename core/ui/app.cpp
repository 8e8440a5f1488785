#include "ui/app.h"

#include <imgui.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <optional>
#include <sstream>
#include <utility>

#include "agents/agent_thread.h"
#include "examples/catalog.h"
#include "runtime/run_options.h"
#include "ui/theme.h"

namespace th::ui {

namespace {
// How long typing must pause before an edited program runs again.
constexpr double kRerunAfterSeconds = 0.8;
}  // namespace

App::App(UiContext context) : m_playground(std::move(context)) {}

App::~App() = default;

bool App::LoadExample(const std::string& id) {
  const examples::Example* example = examples::FindExample(id);
  if (!example) return false;
  LoadProgram(example->files, id);
  return true;
}

void App::LoadProgram(std::vector<trace::SourceFile> files, std::string example_id) {
  m_original = files;
  std::optional<std::vector<trace::SourceFile>> saved;
  if (m_store) saved = m_store->Load(example_id, m_original);
  m_program_changed = saved && !saved->empty() && *saved != m_original;
  m_program = Program{};
  m_program.files = m_program_changed ? std::move(*saved) : std::move(files);
  m_program.example_id = example_id;
  m_program.load_id = ++m_loads;
  // A program in the list's shape opens in the task-list editor's terms too.
  m_program.SyncTasksFromCode();
  if (m_playground.Context().settings.example_id != example_id) {
    m_playground.Context().settings.example_id = std::move(example_id);
    m_settings_dirty = true;
  }
  m_saved_revision = m_program.revision;
  StartRun();
}

void App::ResetProgram() {
  if (m_store) m_store->Forget(m_program.example_id);
  LoadProgram(m_original, m_program.example_id);
}

// Every edit is handed to the store as it happens; one that brings the program back to how it
// opened forgets the saved version instead.
void App::SaveProgramIfEdited() {
  if (m_program.revision == m_saved_revision) return;
  m_saved_revision = m_program.revision;
  m_program_changed = m_program.files != m_original;
  if (!m_store) return;
  if (m_program_changed) {
    m_store->Save(m_program.example_id, m_original, m_program.files);
  } else {
    m_store->Forget(m_program.example_id);
  }
}

void App::ShowRun(std::vector<trace::SourceFile> files, std::unique_ptr<trace::Trace> run) {
  m_program = Program{};
  m_program.files = std::move(files);
  m_program.load_id = ++m_loads;
  m_original = m_program.files;
  m_saved_revision = m_program.revision;
  m_program_changed = false;
  m_run_revision = m_program.revision;
  m_run = RunStatus{};
  m_run.phase = RunPhase::Ready;
  m_diagnostics.clear();
  m_session.LoadTrace(std::move(run));
  m_timeline = trace::TimelineIndex{};
  m_state = nullptr;
}

// A program the task list owns is written for the host it runs on (a worker task is a Web
// Worker in a page): on a change of profile its code is generated again.
void App::FollowProfileInTaskList() {
  const trace::Profile profile = m_playground.Context().settings.profile;
  if (m_program.profile == profile) return;
  m_program.profile = profile;
  // Only a worker task is written differently for the two hosts; other code is left as it is.
  const bool has_worker = std::any_of(m_program.tasks.begin(), m_program.tasks.end(),
                                      [](const TaskItem& task) { return task.kind == TaskKind::Worker; });
  if (!has_worker || m_program.tasks_read_only || !ParseTasks(m_program.files)) return;
  m_program.RegenerateFromTasks();
}

// The one place a program becomes a run.
void App::StartRun() {
  FollowProfileInTaskList();
  m_run_revision = m_program.revision;
  m_run = RunStatus{};
  m_events_allowed = m_event_allowance;
  m_diagnostics.clear();
  m_timeline = trace::TimelineIndex{};
  m_state = nullptr;
  m_seconds_since_edit = 0;
  Diagnostic error;
  runtime::RunOptions options;
  options.profile = m_playground.Context().settings.profile;
  // Deterministic mode hands the baton between the agents' threads where the build has them.
  options.threads = m_playground.Context().settings.parallel && agents::AgentThread::kAvailable
                        ? runtime::AgentThreads::Parallel
                        : runtime::AgentThreads::Baton;
  if (!m_session.Load(m_program.files, options, &error)) {
    // A syntax error: the run is just that error; the editor marks where it is.
    m_diagnostics.push_back(error);
    m_run.phase = RunPhase::Ready;
    return;
  }
  m_run.phase = RunPhase::Computing;
}

// A slice of the computation per frame, so the interface never freezes: the budget grows or
// shrinks so a slice takes 4 to 6 ms of the frame.
void App::ContinueRun() {
  if (m_run.phase == RunPhase::Computing && !m_run.paused) {
    const auto start = std::chrono::steady_clock::now();
    const bool complete = m_session.Advance(m_budget);
    const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    // Grow fast while far under the target, gently near it; halve as soon as it is over.
    if (ms < 1.5 && m_budget < 50'000'000) m_budget *= 2;
    else if (ms < 4.0 && m_budget < 50'000'000) m_budget += m_budget / 4;
    else if (ms > 6.0 && m_budget > 10'000) m_budget /= 2;
    if (complete) {
      m_run.phase = RunPhase::Ready;
    } else if (m_session.StepCount() >= m_events_allowed && !m_session.ComputingInParallel()) {
      m_run.paused = m_run.over_allowance = true;
    }
  }
  // How far the run has got: its events so far (the total is not known until it ends).
  m_run.events = m_session.StepCount();
  m_run.parallel_agents = m_session.ComputingInParallel() ? m_session.AgentCount() : 0;
  if (const trace::Trace* trace = m_session.Trace()) m_timeline.Update(*trace);
}

void App::FinishRun() {
  while (m_run.phase == RunPhase::Computing && !m_run.over_allowance) {
    m_run.paused = false;
    ContinueRun();
  }
}

void App::Frame(double seconds) {
  // An edit re-runs the program once the learner pauses typing for a moment.
  m_seconds_since_edit += seconds;
  if (m_program.revision != m_run_revision && m_seconds_since_edit > kRerunAfterSeconds) StartRun();
  ContinueRun();
  m_session.Update(seconds);
  m_run.stale = m_program.revision != m_run_revision;

  const std::size_t events = m_session.StepCount();
  if (!m_state || m_state_step != m_session.CurrentStep() || m_state_events != events) {
    m_state = &m_session.Current();
    m_state_step = m_session.CurrentStep();
    m_state_events = events;
  }
  FrameInput input;
  input.state = m_state;
  input.trace = m_session.Trace();
  input.timeline = input.trace ? &m_timeline : nullptr;
  input.playing = m_session.Playing();
  input.play_speed = m_session.PlaySpeed();
  input.run = m_run;
  input.diagnostics = m_diagnostics;
  input.program_changed = m_program_changed;
  input.can_share = m_can_share;
  const FrameOutput output = m_playground.Frame(input, m_program);
  if (m_playground.SettingsChanged()) m_settings_dirty = true;
  ApplyOutput(output);
  SaveProgramIfEdited();
}

void App::ApplyOutput(const FrameOutput& output) {
  for (const session::Command& command : output.commands) {
    // Pause and Play also hold and resume a computation in progress.
    if (m_run.phase == RunPhase::Computing) {
      if (command.kind == session::CommandKind::Pause) m_run.paused = true;
      if (command.kind == session::CommandKind::Play) {
        if (m_run.over_allowance) m_events_allowed = m_session.StepCount() + m_event_allowance;
        m_run.paused = m_run.over_allowance = false;
      }
    }
    m_session.Apply(command);
  }
  if (output.program_edited) m_seconds_since_edit = 0;
  if (output.share_requested) m_share_requested = true;
  if (!output.load_example.empty()) {
    LoadExample(output.load_example);
  } else if (output.reset_program) {
    ResetProgram();
  } else if (output.run_requested) {
    StartRun();
  }
  m_run.stale = m_program.revision != m_run_revision;
}

void App::SetFonts(const Fonts& fonts, float scale) {
  UiContext& context = m_playground.Context();
  context.fonts = fonts;
  context.scale = scale;
  ApplyTheme(context.settings.theme, scale);
}

// A setting that changes how the program runs: it runs again.
template <typename T>
void App::ChangeRunSetting(T& setting, T value) {
  if (setting == value) return;
  setting = value;
  m_settings_dirty = true;
  if (m_run.phase != RunPhase::None) StartRun();
}

void App::SetProfile(trace::Profile profile) { ChangeRunSetting(m_playground.Context().settings.profile, profile); }

void App::SetParallel(bool parallel) { ChangeRunSetting(m_playground.Context().settings.parallel, parallel); }

void App::SetTheme(Theme theme) {
  UiContext& context = m_playground.Context();
  context.settings.theme = theme;
  ApplyTheme(theme, context.scale);
}

std::string App::SaveSettings() const {
  const ViewSettings& settings = Settings();
  std::ostringstream out;
  out << "[Threadhouse][Settings]\n";
  out << "theme=" << (settings.theme == Theme::Light ? "light" : "dark") << "\n";
  out << "analogies=" << (settings.show_analogies ? 1 : 0) << "\n";
  out << "speed=" << settings.play_speed << "\n";
  out << "example=" << settings.example_id << "\n";
  out << "profile=" << (settings.profile == trace::Profile::Browser ? "browser" : "node") << "\n";
  out << "timeline=" << (settings.compress_idle ? "compressed" : "linear") << "\n";
  out << "threads=" << (settings.parallel ? "parallel" : "turns") << "\n";
  return out.str();
}

void App::LoadSettings(const std::string& text) {
  UiContext& context = m_playground.Context();
  ViewSettings& settings = context.settings;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    const std::size_t equals = line.find('=');
    if (equals == std::string::npos) continue;
    const std::string key = line.substr(0, equals);
    const std::string value = line.substr(equals + 1);
    if (key == "theme") settings.theme = value == "light" ? Theme::Light : Theme::Dark;
    if (key == "analogies") settings.show_analogies = value != "0";
    if (key == "speed") {
      const double speed = std::strtod(value.c_str(), nullptr);
      if (speed >= 0.5 && speed <= 60) settings.play_speed = speed;
    }
    if (key == "example" && examples::FindExample(value)) settings.example_id = value;
    if (key == "profile" && (value == "node" || value == "browser")) {
      settings.profile = value == "browser" ? trace::Profile::Browser : trace::Profile::Node;
    }
    if (key == "timeline" && (value == "compressed" || value == "linear")) settings.compress_idle = value == "compressed";
    if (key == "threads" && (value == "parallel" || value == "turns")) settings.parallel = value == "parallel";
  }
  ApplyTheme(settings.theme, context.scale);
}

}  // namespace th::ui
