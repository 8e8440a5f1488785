#pragma once
// What every golden-program suite needs: finding the programs under tests/conformance/, reading
// what Node printed for them, the list of known failures, and the stderr normalization that
// tests/conformance/record-expected.mjs applies to Node's output.

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace th::testing_support {

// tests/conformance in the source tree.
std::filesystem::path ConformanceRoot();

std::string ReadFile(const std::filesystem::path& path);

// Every .js under tests/conformance/<folder>, as paths relative to tests/conformance, sorted.
std::vector<std::string> CollectPrograms(const std::vector<std::string>& folders);

// What Node did with a program: FILE.out, FILE.err (normalized), FILE.code.
struct Expected {
  std::string stdout_text;
  std::string stderr_text;
  int exit_code = 0;
};
Expected ReadExpected(const std::string& program);

// tests/conformance/known_failures.txt: "path: reason" lines; # starts a comment.
const std::map<std::string, std::string>& KnownFailures();

// Drops "    at ..." stack lines and Node's version line, squeezes blank lines and reads a
// warning's "(node:1234)" as "(node:PID)", as the recorder does, so the engine's stack format
// need not match Node's internals.
std::string NormalizeStderr(const std::string& text);

// A GoogleTest-friendly name for a program path ("event_loop/timers/a.js" -> "event_loop_timers_a").
std::string TestNameFor(const std::string& program);

}  // namespace th::testing_support
