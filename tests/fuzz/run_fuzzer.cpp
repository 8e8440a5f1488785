// Compile and run through the runtime, as the CLI does (th::agents::ProgramRun), with an
// instruction budget, a small heap limit and capped output; one input in eight runs under GC
// stress (run_settings.h). Any program must end within the budget with an exit code Node
// could give, and without a sanitizer report.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "run_settings.h"
#include "agents/program_run.h"
#include "trace/exporters.h"
#include "trace/trace.h"

namespace {

// Keeps the first kept_limit bytes of the output and counts the rest, so a program that prints
// in a loop costs no memory.
class CappedOutput final : public th::runtime::OutputListener {
 public:
  static constexpr std::size_t kKeptLimit = 64 * 1024;
  void Write(bool is_error, std::string_view text) override {
    (void)is_error;
    total += text.size();
    if (kept.size() < kKeptLimit) kept.append(text.substr(0, kKeptLimit - kept.size()));
  }
  std::string kept;
  std::size_t total = 0;
};

[[noreturn]] void Fail(const char* what) {
  std::fprintf(stderr, "run_fuzzer: %s\n", what);
  std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const th::fuzz::FuzzRun input = th::fuzz::ReadFuzzRun(data, size);
  std::vector<th::trace::SourceFile> files{{"main.js", std::string(input.source)}};
  std::unique_ptr<th::trace::Trace> trace;
  if (input.record_trace) trace = std::make_unique<th::trace::Trace>(files, input.options.profile);

  CappedOutput output;
  th::agents::ProgramRun run(std::move(files), input.options, trace.get(), &output);
  if (run.Start()) {
    // Slices as the CLI and the playground compute them; the budget must end the run.
    for (int slice = 0; !run.Advance(50'000); ++slice) {
      if (slice > 1000) Fail("the run went on past its instruction budget");
    }
  }
  if (run.InstructionsUsed() > input.options.instruction_limit + 1'000'000) Fail("the instruction budget was overrun");
  const int code = run.ExitCode();
  // 0, 1 (uncaught error, syntax error, budget), 134 (heap limit), or what process.exit chose.
  if (code < 0 || code > 255) Fail("an exit code no process could have");

  if (trace) {
    // The exporters read every event the run recorded.
    volatile std::size_t exported = th::trace::ExportText(*trace).size() + th::trace::ExportJsonLines(*trace).size() +
                                    th::trace::ExportChromeTrace(*trace).size();
    (void)exported;
  }
  return 0;
}
