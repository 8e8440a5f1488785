#include "conformance_files.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <sstream>

namespace th::testing_support {

namespace fs = std::filesystem;

fs::path ConformanceRoot() { return fs::path(TH_SOURCE_DIR) / "tests" / "conformance"; }

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

std::vector<std::string> CollectPrograms(const std::vector<std::string>& folders) {
  std::vector<std::string> programs;
  for (const std::string& folder : folders) {
    const fs::path base = ConformanceRoot() / folder;
    if (!fs::exists(base)) continue;
    for (const auto& entry : fs::recursive_directory_iterator(base)) {
      if (entry.is_regular_file() && entry.path().extension() == ".js") {
        programs.push_back(fs::relative(entry.path(), ConformanceRoot()).generic_string());
      }
    }
  }
  std::sort(programs.begin(), programs.end());
  return programs;
}

Expected ReadExpected(const std::string& program) {
  const fs::path path = ConformanceRoot() / program;
  const std::string base = path.string().substr(0, path.string().size() - 3);
  Expected expected;
  expected.stdout_text = ReadFile(base + ".out");
  expected.stderr_text = fs::exists(base + ".err") ? NormalizeStderr(ReadFile(base + ".err")) : "";
  expected.exit_code = fs::exists(base + ".code") ? std::stoi(ReadFile(base + ".code")) : 0;
  return expected;
}

const std::map<std::string, std::string>& KnownFailures() {
  static const std::map<std::string, std::string> known = [] {
    std::map<std::string, std::string> list;
    std::ifstream in(ConformanceRoot() / "known_failures.txt");
    std::string line;
    while (std::getline(in, line)) {
      if (line.empty() || line[0] == '#') continue;
      const std::size_t colon = line.find(": ");
      std::string path = line.substr(0, colon);
      while (!path.empty() && path.back() == ' ') path.pop_back();
      list[path] = colon == std::string::npos ? "" : line.substr(colon + 2);
    }
    return list;
  }();
  return known;
}

std::string NormalizeStderr(const std::string& text) {
  std::string kept;
  std::size_t start = 0;
  bool first = true;
  while (start <= text.size()) {
    std::size_t newline = text.find('\n', start);
    if (newline == std::string::npos) newline = text.size();
    std::string line = text.substr(start, newline - start);
    start = newline + 1;
    // A warning's "(node:1234)": Node's pid differs run to run.
    if (line.rfind("(node:", 0) == 0) {
      std::size_t digits = 6;
      while (digits < line.size() && std::isdigit(static_cast<unsigned char>(line[digits]))) ++digits;
      if (digits > 6 && digits < line.size() && line[digits] == ')') line = "(node:PID" + line.substr(digits);
    }
    std::size_t indent = 0;
    while (indent < line.size() && (line[indent] == ' ' || line[indent] == '\t')) ++indent;
    const bool stack_line = indent > 0 && line.compare(indent, 3, "at ") == 0;
    if (!stack_line && line.rfind("Node.js v", 0) != 0) {
      if (!first) kept += '\n';
      kept += line;
      first = false;
    }
    if (newline == text.size()) break;
  }
  std::string squeezed;
  int newlines = 0;
  for (const char c : kept) {
    newlines = c == '\n' ? newlines + 1 : 0;
    if (newlines > 2) continue;
    squeezed += c;
  }
  return squeezed;
}

std::string TestNameFor(const std::string& program) {
  std::string name = program.substr(0, program.size() - 3);
  for (char& c : name) {
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  }
  return name;
}

}  // namespace th::testing_support
