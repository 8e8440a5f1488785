#pragma once
// Runs of the built-in examples with worker threads and child processes, recorded by hand event
// by event (with RunBuilder) in the order Node.js gives: the engine cannot run agents yet, and
// the tests need runs with several lanes and messages. Every other example is run by the engine
// (Session::Load); its recordings were dropped once it could.

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
