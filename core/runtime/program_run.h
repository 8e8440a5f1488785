#pragma once
// One run of a program: its agents (the main thread for now; workers and child processes join
// with the agents issue), computed in slices so the caller decides how long each slice takes.

#include <cstdint>
#include <memory>
#include <vector>

#include "lang/diagnostic.h"
#include "runtime/agent.h"
#include "runtime/run_options.h"
#include "session/state.h"
#include "trace/trace.h"

namespace th::runtime {

class ProgramRun {
 public:
  // `trace` (may be null: nothing is recorded) and `output` (may be null) must outlive the run.
  ProgramRun(std::vector<session::SourceFile> files, RunOptions options, trace::Trace* trace,
             OutputListener* output);
  ~ProgramRun();

  // Compiles the entry file (the first one). On a syntax error returns false with the
  // diagnostic; the run is then finished with exit code 1, as node's would be.
  bool Start(Diagnostic* error = nullptr);

  // Computes at most about `budget` VM instructions more. Returns true once the run is over.
  bool Advance(std::uint64_t budget);
  // Runs to the end.
  void RunToEnd();

  bool Finished() const;
  int ExitCode() const;
  std::uint64_t InstructionsUsed() const { return m_instructions; }

 private:
  std::vector<session::SourceFile> m_files;
  RunOptions m_options;
  trace::Trace* m_trace;
  OutputListener* m_output;
  std::unique_ptr<Agent> m_main;
  std::uint64_t m_instructions = 0;
};

}  // namespace th::runtime
