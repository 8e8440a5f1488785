#pragma once
// What the playground reads and returns each frame (STYLE.md: apply last frame's commands →
// read the state once → draw panels → return new commands). The shell's App fills FrameInput
// from the session; the panels only read it and append to FrameOutput.

#include <cstddef>
#include <span>
#include <string>
#include <vector>

#include "session/command.h"
#include "lang/diagnostic.h"
#include "trace/state.h"

namespace th::trace {
class Trace;
class TimelineIndex;
}  // namespace th::trace

namespace th::ui {

// Where the run of the program being shown stands.
enum class RunPhase {
  None,         // nothing loaded yet
  Computing,    // the engine is still producing the run, a slice per frame
  Ready,        // the whole run is available to move through
};

struct RunStatus {
  RunPhase phase = RunPhase::None;
  double progress = 0;       // 0..1 while Computing, when the total is known (else 0)
  std::size_t events = 0;    // events of the run computed so far
  bool paused = false;       // Computing, but held by the learner (Pause), or by the allowance
  // Held because the run reached its allowance of events, still running (an endless loop?):
  // Play (shown as Continue) grants it as many again.
  bool over_allowance = false;
  bool stale = false;        // the program was edited after this run was computed
  std::size_t parallel_agents = 0;  // Computing in parallel mode: on this many threads at once
};

struct FrameInput {
  const trace::State* state = nullptr;
  const trace::Trace* trace = nullptr;             // the run's log, for labels; may be null
  const trace::TimelineIndex* timeline = nullptr;  // derived from `trace`; may be null
  bool playing = false;
  double play_speed = 4.0;  // steps per second
  RunStatus run;
  std::span<const Diagnostic> diagnostics;  // the program's compile errors, for the editor
  bool program_changed = false;  // the program differs from how it opened (Reset can restore it)
  bool can_share = false;        // the shell can turn the program into a link (the page)
};

// What the learner asked for during a frame, in the order they asked.
struct FrameOutput {
  std::vector<session::Command> commands;
  std::string load_example;     // non-empty: replace the program with this example
  bool run_requested = false;   // run the program as edited now
  bool program_edited = false;  // the learner changed the source this frame
  bool reset_program = false;   // back to the program as it opened, forgetting the saved edit
  bool share_requested = false; // make a link to the program as it is now

  bool Empty() const {
    return commands.empty() && load_example.empty() && !run_requested && !program_edited && !reset_program &&
           !share_requested;
  }
};

}  // namespace th::ui
