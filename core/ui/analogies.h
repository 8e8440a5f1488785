#pragma once
// Each step also said in the seed texts' words (the house with one worker, urgent and scheduled
// chores, the restaurant's chefs, another house next door), shown under the explanation when the
// learner turns analogies on.

#include <cstddef>

namespace th::trace {
class Trace;
}

namespace th::ui {

// The analogy for step `step` of `trace` (the event just applied), or "" when there is none.
const char* StepAnalogy(const trace::Trace* trace, std::size_t step);

}  // namespace th::ui
