#pragma once
// Runs of the built-in examples, recorded by hand event by event (with RunBuilder) in the order
// Node.js gives, so the playground can step through them before the engine computes runs
// itself. When Session::Load lands these stay useful as golden traces for its tests.

#include <memory>
#include <string>
#include <vector>

#include "session/state.h"
#include "trace/trace.h"

namespace th::examples {

// The recorded run of the example with this id, or nullptr when it has none.
std::unique_ptr<trace::Trace> RecordedRun(const std::string& example_id);

// The recorded run of the example whose files are exactly `files`, or nullptr (an edited or
// unknown program).
std::unique_ptr<trace::Trace> RecordedRunFor(const std::vector<session::SourceFile>& files);

}  // namespace th::examples
