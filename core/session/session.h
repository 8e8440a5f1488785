#pragma once
// The one facade the UI, the CLI and the page use (DESIGN.md §1): load a program, compute its
// run (in slices, so a long run never freezes the interface), and move through it.

#include <cstddef>
#include <memory>

#include "lang/diagnostic.h"
#include "agents/program_run.h"
#include "runtime/run_options.h"
#include "session/command.h"
#include "trace/state.h"
#include "trace/seeker.h"
#include "trace/trace.h"

namespace th::session {

class Session {
 public:
  Session();
  ~Session();
  Session(const Session&) = delete;
  Session& operator=(const Session&) = delete;

  // Loads a program and starts its run; the first file is the entry point. Returns false on a
  // syntax error (described in `error`), in which case the run shows just that error. The run
  // is computed by Advance, slice by slice; the view starts at step 0 and can move through
  // what is computed so far.
  bool Load(std::vector<trace::SourceFile> files, const runtime::RunOptions& options, th::Diagnostic* error = nullptr);
  // Computes about `instruction_budget` more VM instructions of the run. Returns true once the
  // run is complete. Call it every frame with a budget that fits the frame.
  bool Advance(std::uint64_t instruction_budget);
  bool RunComplete() const { return !m_run || m_run->Finished(); }
  // A parallel run's agents are still at work on their threads: its trace is theirs until it
  // ends, so until then the session shows nothing of it (no steps, no trace).
  bool ComputingInParallel() const {
    return m_run && m_run->Threads() == runtime::AgentThreads::Parallel && !m_run->Finished();
  }
  // How the run's agents use threads (what RunOptions asked, as far as the build has threads).
  runtime::AgentThreads Threads() const { return m_run ? m_run->Threads() : runtime::AgentThreads::Cooperative; }
  // How many agents the run has started so far.
  std::size_t AgentCount() const { return m_run ? m_run->AgentCount() : 0; }
  // The run's exit code once it is complete (0, or 1 after an uncaught error).
  int ExitCode() const { return m_run ? m_run->ExitCode() : 0; }

  // Shows an already recorded run (a replay, or a trace built by a test). The view goes to
  // step 0.
  void LoadTrace(std::unique_ptr<trace::Trace> trace);

  // Carries out one command from the interface.
  void Apply(const Command& command);
  // Moves time on by `seconds` of wall-clock time: while playing, advances the view at the
  // play speed. Returns true when the shown step changed.
  bool Update(double seconds);

  // The state at the current step, computed when the step changes and then handed out as is:
  // reading it again copies nothing and recomputes nothing. The reference stays valid until the
  // next Load or LoadTrace (its contents change when the step does).
  const trace::State& Current();
  std::size_t CurrentStep() const { return m_step; }
  std::size_t StepCount() const { return m_trace && !ComputingInParallel() ? m_trace->Size() : 0; }
  bool Playing() const { return m_playing; }
  double PlaySpeed() const { return m_speed; }
  const trace::Trace* Trace() const { return ComputingInParallel() ? nullptr : m_trace.get(); }

 private:
  void MoveTo(std::size_t step);

  std::unique_ptr<trace::Trace> m_trace;
  std::unique_ptr<agents::ProgramRun> m_run;  // declared after the trace it records into
  std::unique_ptr<trace::Seeker> m_seeker;
  trace::State m_empty;
  std::size_t m_step = 0;
  bool m_playing = false;
  double m_speed = 4.0;          // steps per second while playing
  double m_play_credit = 0.0;    // fractional steps carried between updates
};

}  // namespace th::session
