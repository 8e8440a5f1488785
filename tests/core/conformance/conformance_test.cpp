// The golden programs under tests/conformance/ (language/ and unsupported/), one named test
// each, run by the engine alone (vm/script_runner: the script, then its promise jobs) and
// compared with what Node printed. A second instantiation runs every program with the
// collector in stress mode (a collection at every allocation).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "conformance_files.h"
#include "expect_matches_node.h"
#include "vm/script_runner.h"

namespace th {
namespace {

namespace support = th::testing_support;

struct Case {
  std::string program;  // relative to tests/conformance
  bool gc_stress;
};

void PrintTo(const Case& test, std::ostream* out) { *out << test.program << (test.gc_stress ? " (gc stress)" : ""); }

class Conformance : public testing::TestWithParam<Case> {};

TEST_P(Conformance, MatchesNode) {
  const Case& test = GetParam();
  const std::filesystem::path path = support::ConformanceRoot() / test.program;
  ScriptOptions options;
  options.vm.gc_stress = test.gc_stress;
  options.vm.instruction_limit = 200'000'000;
  const ScriptResult result = RunScript(support::ReadFile(path), path.filename().string(), options);
  support::ExpectMatchesNode(test.program, {result.stdout_text, result.stderr_text, result.exit_code});
}

std::vector<Case> Cases(bool gc_stress) {
  std::vector<Case> cases;
  for (const std::string& program : support::CollectPrograms({"language", "unsupported"})) {
    cases.push_back({program, gc_stress});
  }
  return cases;
}

std::string CaseName(const testing::TestParamInfo<Case>& info) { return support::TestNameFor(info.param.program); }

INSTANTIATE_TEST_SUITE_P(Programs, Conformance, testing::ValuesIn(Cases(false)), CaseName);
INSTANTIATE_TEST_SUITE_P(GcStress, Conformance, testing::ValuesIn(Cases(true)), CaseName);

}  // namespace
}  // namespace th
