#pragma once
// One sentence for the step being shown, naming what happens and the rule that made it happen
// now ("Line 7 runs in the callback of setTimeout on line 3: its 1 ms delay had passed and the
// call stack was empty.").

#include <cstddef>
#include <string>

#include "trace/state.h"

namespace th::trace {

class Reducer;
class Trace;

// Explains step `step` of `trace` (the event at step - 1), given the state it led to and the
// reducer standing at that step (which knows what each agent is running, and why). O(1): it
// never scans the trace.
std::string ExplainStep(const Trace& trace, std::size_t step, const State& state, const Reducer& reducer);

}  // namespace th::trace
