#pragma once
// What the interface asks the session to do. The UI never moves the run itself: it sends these
// and draws the state that comes back (DESIGN.md §1). Animation only moves through a run the
// engine has already computed, so it can never change the order.

#include <cstdint>

namespace th::session {

enum class CommandKind {
  Reset,          // back to step 0
  StepBack,       // to the previous statement
  StepForward,    // to the next statement
  EventBack,      // to the previous step where a queue, a stack or the console changed
  EventForward,   // to the next such step
  TaskBack,       // to the start of the previous macrotask
  TaskForward,    // to the next macrotask the event loop takes
  ToEnd,          // to the end of the run
  SeekTo,         // to Command::step (the slider, a click on the timeline or the console)
  Play,           // move forward by itself, Command::speed steps a second
  Pause,          // stop moving
};

struct Command {
  CommandKind kind = CommandKind::Pause;
  std::int64_t step = 0;  // SeekTo: the step to show
  double speed = 0;       // Play: steps per second; 0 keeps the current speed
};

}  // namespace th::session
