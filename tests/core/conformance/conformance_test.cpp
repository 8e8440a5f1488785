// The golden programs under tests/conformance/ (language/ and unsupported/), one named test
// each, compared with what Node printed: stdout exactly, the exit code, and stderr after the
// same normalization record-expected.mjs applies. A second instantiation runs every program
// with the collector in stress mode (a collection at every allocation).
//
// tests/conformance/known_failures.txt lists programs that fail for now ("path: reason").
// A listed program that fails is skipped with its reason; one that passes fails the test, so
// the list only ever shrinks.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "vm/script_runner.h"

namespace th {
namespace {

namespace fs = std::filesystem;

const fs::path kRoot = fs::path(TH_SOURCE_DIR) / "tests" / "conformance";

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

std::vector<std::string> CollectPrograms() {
  std::vector<std::string> programs;
  for (const char* folder : {"language", "unsupported"}) {
    fs::path base = kRoot / folder;
    if (!fs::exists(base)) continue;
    for (const auto& entry : fs::recursive_directory_iterator(base)) {
      if (entry.is_regular_file() && entry.path().extension() == ".js") {
        programs.push_back(fs::relative(entry.path(), kRoot).generic_string());
      }
    }
  }
  std::sort(programs.begin(), programs.end());
  return programs;
}

std::map<std::string, std::string> KnownFailures() {
  std::map<std::string, std::string> known;
  std::ifstream in(kRoot / "known_failures.txt");
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    size_t colon = line.find(": ");
    std::string path = line.substr(0, colon);
    std::string reason = colon == std::string::npos ? "" : line.substr(colon + 2);
    while (!path.empty() && path.back() == ' ') path.pop_back();
    known[path] = reason;
  }
  return known;
}

// record-expected.mjs's normalizeStderr: drop "    at ..." lines and Node's version line,
// squeeze runs of blank lines.
std::string NormalizeStderr(const std::string& text) {
  std::vector<std::string> kept;
  std::stringstream stream(text);
  std::string line;
  std::vector<std::string> lines;
  size_t start = 0;
  while (true) {
    size_t newline = text.find('\n', start);
    if (newline == std::string::npos) {
      lines.push_back(text.substr(start));
      break;
    }
    lines.push_back(text.substr(start, newline - start));
    start = newline + 1;
  }
  std::string out;
  bool first = true;
  for (const std::string& l : lines) {
    size_t i = 0;
    while (i < l.size() && (l[i] == ' ' || l[i] == '\t')) ++i;
    if (i > 0 && l.compare(i, 3, "at ") == 0) continue;
    if (l.rfind("Node.js v", 0) == 0) continue;
    if (!first) out += "\n";
    out += l;
    first = false;
  }
  std::string squeezed;
  int newlines = 0;
  for (char c : out) {
    if (c == '\n') {
      if (++newlines > 2) continue;
    } else {
      newlines = 0;
    }
    squeezed += c;
  }
  return squeezed;
}

struct Case {
  std::string program;  // relative to tests/conformance
  bool gc_stress;
};

void PrintTo(const Case& test, std::ostream* out) { *out << test.program << (test.gc_stress ? " (gc stress)" : ""); }

class Conformance : public testing::TestWithParam<Case> {};

TEST_P(Conformance, MatchesNode) {
  const Case& test = GetParam();
  fs::path path = kRoot / test.program;
  std::string base = path.string().substr(0, path.string().size() - 3);
  std::string expected_out = ReadFile(base + ".out");
  std::string expected_err = fs::exists(base + ".err") ? ReadFile(base + ".err") : "";
  int expected_code = fs::exists(base + ".code") ? std::stoi(ReadFile(base + ".code")) : 0;

  ScriptOptions options;
  options.vm.gc_stress = test.gc_stress;
  options.vm.instruction_limit = 200'000'000;
  ScriptResult result = RunScript(ReadFile(path), path.filename().string(), options);
  std::string actual_err = NormalizeStderr(result.stderr_text);
  expected_err = NormalizeStderr(expected_err);

  bool passed = result.stdout_text == expected_out && result.exit_code == expected_code && actual_err == expected_err;
  static const std::map<std::string, std::string> known = KnownFailures();
  auto listed = known.find(test.program);
  if (listed != known.end()) {
    if (passed) FAIL() << test.program << " passes now: remove it from tests/conformance/known_failures.txt";
    GTEST_SKIP() << "known failure: " << listed->second;
  }
  EXPECT_EQ(result.stdout_text, expected_out) << test.program;
  EXPECT_EQ(result.exit_code, expected_code) << test.program;
  EXPECT_EQ(actual_err, expected_err) << test.program;
}

std::string CaseName(const testing::TestParamInfo<Case>& info) {
  std::string name = info.param.program.substr(0, info.param.program.size() - 3);
  for (char& c : name) {
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  }
  return name;
}

std::vector<Case> Cases(bool gc_stress) {
  std::vector<Case> cases;
  for (const std::string& program : CollectPrograms()) cases.push_back({program, gc_stress});
  return cases;
}

INSTANTIATE_TEST_SUITE_P(Programs, Conformance, testing::ValuesIn(Cases(false)), CaseName);
INSTANTIATE_TEST_SUITE_P(GcStress, Conformance, testing::ValuesIn(Cases(true)), CaseName);

}  // namespace
}  // namespace th
