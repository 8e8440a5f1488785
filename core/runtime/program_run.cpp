#include "runtime/program_run.h"

#include <utility>

namespace th::runtime {

ProgramRun::ProgramRun(std::vector<session::SourceFile> files, RunOptions options, trace::Trace* trace,
                       OutputListener* output)
    : m_files(std::move(files)), m_options(options), m_trace(trace), m_output(output) {}

ProgramRun::~ProgramRun() = default;

bool ProgramRun::Start(Diagnostic* error) {
  m_main = std::make_unique<Agent>(0, m_options, m_trace, m_output);
  if (m_files.empty()) {
    if (error) *error = Diagnostic{};
    return false;
  }
  return m_main->Load(m_files.front().text, m_files.front().name, error);
}

bool ProgramRun::Advance(std::uint64_t budget) {
  if (Finished()) return true;
  std::uint64_t used = 0;
  m_main->Advance(budget, used);
  m_instructions += used;
  return Finished();
}

void ProgramRun::RunToEnd() {
  while (!Advance(1'000'000)) {
  }
}

bool ProgramRun::Finished() const { return !m_main || m_main->Exited(); }
int ProgramRun::ExitCode() const { return m_main ? m_main->ExitCode() : 1; }

}  // namespace th::runtime
