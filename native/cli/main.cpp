// The headless CLI:
//   threadhouse run [--profile node|browser] [--seed N] FILE... | -
// stdout gets exactly what `node FILE` would print; errors go to stderr; exit codes as node's
// (0, or 1 on an uncaught error), and 2 with a usage message on bad arguments.
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

namespace {

constexpr const char* kUsage =
    "usage: threadhouse run [options] FILE...   run a program as node would (- reads stdin)\n"
    "       threadhouse --help | --version\n"
    "options:\n"
    "  --profile node|browser   the host whose event loop to simulate (default node)\n"
    "  --seed N                 seed for Math.random and the scheduler (default 1)\n";

struct RunArguments {
  std::string profile = "node";
  unsigned long long seed = 1;
  std::vector<std::string> files;
};

int UsageError(const std::string& message) {
  std::cerr << "threadhouse: " << message << "\n" << kUsage;
  return 2;
}

bool ReadSource(const std::string& path, std::string& text) {
  if (path == "-") {
    text.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    return true;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream buffer;
  buffer << in.rdbuf();
  text = buffer.str();
  return true;
}

int Run(const RunArguments& args) {
  for (const std::string& file : args.files) {
    std::string text;
    if (!ReadSource(file, text)) {
      std::cerr << "threadhouse: cannot read '" << file << "': no such file or not readable\n";
      return 1;
    }
  }
  std::cerr << "threadhouse: this build has no JavaScript engine yet\n";
  return 1;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> words(argv + 1, argv + argc);
  if (words.empty()) return UsageError("no command given");
  if (words[0] == "--help" || words[0] == "-h" || words[0] == "help") {
    std::cout << kUsage;
    return 0;
  }
  if (words[0] == "--version") {
    std::cout << "threadhouse 0.1.0\n";
    return 0;
  }
  if (words[0] != "run") return UsageError("unknown command '" + words[0] + "'");

  RunArguments args;
  for (std::size_t i = 1; i < words.size(); ++i) {
    const std::string& word = words[i];
    const bool has_value = i + 1 < words.size();
    if (word == "--profile" && has_value) {
      args.profile = words[++i];
      if (args.profile != "node" && args.profile != "browser") {
        return UsageError("--profile takes node or browser, not '" + args.profile + "'");
      }
    } else if (word == "--seed" && has_value) {
      const std::string& value = words[++i];
      char* end = nullptr;
      args.seed = std::strtoull(value.c_str(), &end, 10);
      if (value.empty() || *end != '\0') return UsageError("--seed takes a whole number, not '" + value + "'");
    } else if (word == "--help") {
      std::cout << kUsage;
      return 0;
    } else if (word.size() > 1 && word[0] == '-' && word != "-") {
      return UsageError("unknown or incomplete option '" + word + "'");
    } else {
      args.files.push_back(word);
    }
  }
  if (args.files.empty()) return UsageError("run needs a FILE (or - to read the program from stdin)");
  return Run(args);
}
