#pragma once
// The agents conformance programs: a folder under tests/conformance/agents with main.js (the
// program) and the files it starts or requires, and what Node printed for main.js.
#include <algorithm>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "agents/program_run.h"
#include "conformance_files.h"
#include "trace/trace.h"

namespace th::agents::testing {

namespace support = th::testing_support;

// Every program folder, relative to tests/conformance ("agents/course_many_chefs").
inline std::vector<std::string> CollectAgentPrograms() {
  std::vector<std::string> programs;
  for (const std::string& main : support::CollectPrograms({"agents"})) {
    const std::filesystem::path path(main);
    if (path.filename() == "main.js") programs.push_back(path.parent_path().generic_string());
  }
  return programs;
}

// main.js first, then the other files of the folder, in name order.
inline std::vector<trace::SourceFile> ProgramFiles(const std::string& folder) {
  std::vector<trace::SourceFile> files;
  const std::filesystem::path base = support::ConformanceRoot() / folder;
  files.push_back({"main.js", support::ReadFile(base / "main.js")});
  std::vector<std::string> others;
  for (const auto& entry : std::filesystem::directory_iterator(base)) {
    const std::string name = entry.path().filename().string();
    if (entry.path().extension() == ".js" && name != "main.js") others.push_back(name);
  }
  std::sort(others.begin(), others.end());
  for (const std::string& name : others) files.push_back({name, support::ReadFile(base / name)});
  return files;
}

struct AgentRun {
  std::string stdout_text;
  std::string stderr_text;
  int exit_code = 0;
  std::string stall_reason;
  std::unique_ptr<trace::Trace> trace;
};

class CaptureAll final : public runtime::OutputListener {
 public:
  explicit CaptureAll(AgentRun& run) : m_run(run) {}
  void Write(bool is_error, std::string_view text) override { (is_error ? m_run.stderr_text : m_run.stdout_text).append(text); }

 private:
  AgentRun& m_run;
};

inline AgentRun RunFolder(const std::string& folder, runtime::RunOptions options) {
  AgentRun result;
  const std::vector<trace::SourceFile> files = ProgramFiles(folder);
  result.trace = std::make_unique<trace::Trace>(files, options.profile);
  CaptureAll output(result);
  ProgramRun run(files, options, result.trace.get(), &output);
  if (run.Start()) run.RunToEnd();
  result.exit_code = run.ExitCode();
  result.stall_reason = run.StallReason();
  return result;
}

}  // namespace th::agents::testing
