#pragma once
// What the interface asks the session to do. The UI never moves the run itself: it sends these
// and draws the state that comes back (DESIGN.md §1).

namespace th::session {

enum class Command {
  Run,           // play forward at the chosen speed
  Pause,         // stop playing
  StepForward,   // to the next statement
  StepBack,      // to the previous statement
  StepEvent,     // to the next step where a queue or a stack changes
  StepTask,      // to the next macrotask
  ToEnd,         // to the end of the run
  Reset,         // back to step 0
};

}  // namespace th::session
