#pragma once
// One sentence for the step being shown, naming the rule that made it happen ("The script has
// finished, so the event loop empties the microtask queue before it takes the next timer.").

#include <cstddef>
#include <string>

#include "session/state.h"

namespace th::trace {

class Trace;

// Explains step `step` of `trace` (the event at step - 1), given the state it led to.
std::string ExplainStep(const Trace& trace, std::size_t step, const session::State& state);

}  // namespace th::trace
