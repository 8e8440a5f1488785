#include "vm/script_runner.h"

#include "lang/diagnostic.h"

namespace th {

namespace {

class CollectingSink final : public OutputSink {
 public:
  explicit CollectingSink(ScriptResult* result) : m_result(result) {}
  void Write(OutputStream stream, std::string_view text) override {
    (stream == OutputStream::Stdout ? m_result->stdout_text : m_result->stderr_text).append(text);
  }

 private:
  ScriptResult* m_result;
};

// Reports a run that did not end normally. Returns true when the script must stop.
bool ReportStatus(Vm& vm, RunStatus status, ScriptResult* result) {
  if (status == RunStatus::Threw) {
    result->stderr_text += vm.uncaught_report();
    result->exit_code = 1;
    return true;
  }
  if (status == RunStatus::Terminated) {
    result->stderr_text += vm.termination_message();
    result->exit_code = vm.termination_exit_code();
    return true;
  }
  return false;
}

}  // namespace

ScriptResult RunScript(std::string_view source, const std::string& filename, const ScriptOptions& options) {
  ScriptResult result;
  CollectingSink sink(&result);
  Vm vm(options.vm, &sink);
  Diagnostic diagnostic;
  if (!vm.Load(source, filename, &diagnostic)) {
    result.stderr_text += FormatDiagnostic(diagnostic, std::string(source)) + "\n";
    result.exit_code = 1;
    return result;
  }
  if (ReportStatus(vm, vm.Step(0), &result)) return result;
  if (ReportStatus(vm, vm.DrainJobs(), &result)) return result;
  std::vector<Value> rejections = vm.TakeUnhandledRejections();
  if (!rejections.empty()) {
    Value reason = static_cast<JsPromise*>(rejections.front().object)->result;
    TempRoot keep(vm, reason);
    result.stderr_text += vm.FormatUncaught(reason, true);
    result.exit_code = 1;
  }
  return result;
}

}  // namespace th
