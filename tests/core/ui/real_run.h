#pragma once
// A run computed by the engine (Session::Load, then Advance until it is complete), with its
// timeline index: what the UI tests draw.

#include <memory>
#include <string>

#include "examples/catalog.h"
#include "runtime/run_options.h"
#include "session/session.h"
#include "trace/timeline_index.h"

namespace th::ui::testing {

struct RealRun {
  session::Session session;
  trace::TimelineIndex index;
  const trace::Trace& Trace() const { return *session.Trace(); }
};

// The example's run as the engine computes it, or nullptr (an unknown id, a syntax error).
inline std::unique_ptr<RealRun> RunExample(const std::string& id, trace::Profile profile = trace::Profile::Node) {
  const examples::Example* example = examples::FindExample(id);
  if (!example) return nullptr;
  auto run = std::make_unique<RealRun>();
  runtime::RunOptions options;
  options.profile = profile;
  if (!run->session.Load(example->files, options)) return nullptr;
  while (!run->session.Advance(1'000'000)) {
  }
  run->index.Update(run->Trace());
  return run;
}

}  // namespace th::ui::testing
