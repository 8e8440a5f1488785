#pragma once
// Runs a program file through the runtime, as the CLI does, and keeps what it printed.

#include <memory>
#include <string>

#include "agents/program_run.h"
#include "trace/trace.h"

namespace th::runtime::testing {

struct Captured {
  std::string stdout_text;
  std::string stderr_text;
  int exit_code = 0;
  std::unique_ptr<trace::Trace> trace;  // when asked for
};

class CaptureOutput final : public OutputListener {
 public:
  explicit CaptureOutput(Captured& into) : m_into(into) {}
  void Write(bool is_error, std::string_view text) override {
    (is_error ? m_into.stderr_text : m_into.stdout_text).append(text);
  }

 private:
  Captured& m_into;
};

inline Captured RunSource(const std::string& name, const std::string& source, RunOptions options, bool record) {
  Captured captured;
  std::vector<trace::SourceFile> files{{name, source}};
  if (record) captured.trace = std::make_unique<trace::Trace>(files, options.profile);
  CaptureOutput output(captured);
  agents::ProgramRun run(files, options, captured.trace.get(), &output);
  if (run.Start()) run.RunToEnd();
  captured.exit_code = run.ExitCode();
  return captured;
}

}  // namespace th::runtime::testing
