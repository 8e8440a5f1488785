// The headless CLI:
//   threadhouse run [--profile node|browser] [--seed N] [--trace text|json|chrome]
//                   [--trace-out FILE] [--instruction-limit N] [--timeout SECONDS]
//                   [--threads baton|cooperative|parallel | --parallel] FILE... | -
// stdout gets exactly what `node FILE` would print; errors go to stderr; exit codes as node's
// (0, or 1 on an uncaught error), and 2 with a usage message on bad arguments. Like node, an
// endless program runs until it is killed, unless a limit is given.
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "agents/program_run.h"
#include "trace/exporters.h"
#include "trace/trace.h"

namespace {

constexpr const char* kUsage =
    "usage: threadhouse run [options] FILE...   run a program as node would (- reads stdin)\n"
    "       threadhouse --help | --version\n"
    "The first FILE is the main program; the others are the files it starts as workers or child\n"
    "processes (new Worker('worker.js'), fork('child.js')) or requires (require('./helper')).\n"
    "A run whose workers or children would wait for messages forever ends where nothing more can\n"
    "happen, with a note on stderr, and exits with the main program's code (0).\n"
    "options:\n"
    "  --profile node|browser   the host whose event loop to simulate (default node)\n"
    "  --seed N                 seed for Math.random and the scheduler (default 1)\n"
    "  --trace text|json|chrome also record the run: node's output, JSON lines (one event per\n"
    "                           line) or the Chrome Trace Event format (open it in Perfetto)\n"
    "  --trace-out FILE         where the trace goes (default threadhouse-trace.txt/.jsonl/.json)\n"
    "  --instruction-limit N    stop a program that runs more than N instructions (default none)\n"
    "  --timeout SECONDS        stop a program still running after SECONDS of real time (default none)\n"
    "  --threads MODE           where workers and child processes run: baton (default: each on its\n"
    "                           own thread, one at a time in the seeded order, reproducible),\n"
    "                           cooperative (all on one thread: the same run) or parallel (all at\n"
    "                           once against the wall clock: real speed-up, orders may vary)\n"
    "  --parallel               the same as --threads parallel\n";

struct RunArguments {
  std::string profile = "node";
  unsigned long long seed = 1;
  unsigned long long instruction_limit = 0;
  double timeout_seconds = 0;  // 0: none
  std::string trace_format;  // empty: no trace
  std::string trace_out;
  th::runtime::AgentThreads threads = th::runtime::AgentThreads::Baton;
  std::vector<std::string> files;
};

// Program output goes straight to the process's streams as it is produced.
class StdioOutput final : public th::runtime::OutputListener {
 public:
  void Write(bool is_error, std::string_view text) override {
    std::FILE* stream = is_error ? stderr : stdout;
    std::fwrite(text.data(), 1, text.size(), stream);
  }
};

bool ParseWholeNumber(const std::string& text, unsigned long long& out) {
  char* end = nullptr;
  out = std::strtoull(text.c_str(), &end, 10);
  return !text.empty() && *end == '\0' && text[0] != '-';
}

// A positive number of seconds (fractions allowed: 0.5).
bool ParseSeconds(const std::string& text, double& out) {
  char* end = nullptr;
  out = std::strtod(text.c_str(), &end);
  return !text.empty() && *end == '\0' && out > 0 && out <= 1e9;
}

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

bool WriteTrace(const RunArguments& args, const th::trace::Trace& trace) {
  std::string path = args.trace_out;
  std::string text;
  if (args.trace_format == "text") {
    text = th::trace::ExportText(trace);
    if (path.empty()) path = "threadhouse-trace.txt";
  } else if (args.trace_format == "json") {
    text = th::trace::ExportJsonLines(trace);
    if (path.empty()) path = "threadhouse-trace.jsonl";
  } else {
    text = th::trace::ExportChromeTrace(trace);
    if (path.empty()) path = "threadhouse-trace.json";
  }
  std::ofstream out(path, std::ios::binary);
  out << text;
  if (!out) {
    std::cerr << "threadhouse: cannot write the trace to '" << path << "'\n";
    return false;
  }
  return true;
}

// Computes the run to its end, in slices short enough (well under a millisecond of JavaScript;
// a slice of 10 000 native callbacks, each counted as one instruction, takes longer) that the
// clock on the wall is checked often. Returns false when `timeout_seconds` (0: none) ran out first.
bool RunWithinTimeout(th::agents::ProgramRun& run, double timeout_seconds) {
  if (timeout_seconds <= 0) {
    run.RunToEnd();
    return true;
  }
  using Clock = std::chrono::steady_clock;
  const Clock::time_point deadline =
      Clock::now() + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(timeout_seconds));
  while (!run.Advance(10'000)) {
    if (Clock::now() >= deadline) return false;
  }
  return true;
}

int Run(const RunArguments& args) {
  std::vector<th::trace::SourceFile> files;
  for (const std::string& file : args.files) {
    std::string text;
    if (!ReadSource(file, text)) {
      std::cerr << "threadhouse: cannot read '" << file << "': no such file or not readable\n";
      return 1;
    }
    files.push_back({file == "-" ? "[stdin]" : file, std::move(text)});
  }
  th::runtime::RunOptions options;
  options.profile = args.profile == "browser" ? th::trace::Profile::Browser : th::trace::Profile::Node;
  options.seed = args.seed;
  options.instruction_limit = args.instruction_limit;
  options.threads = args.threads;
  std::unique_ptr<th::trace::Trace> trace;
  if (!args.trace_format.empty()) trace = std::make_unique<th::trace::Trace>(files, options.profile);

  StdioOutput output;
  th::agents::ProgramRun run(std::move(files), options, trace.get(), &output);
  bool timed_out = false;
  if (run.Start()) timed_out = !RunWithinTimeout(run, args.timeout_seconds);
  std::fflush(stdout);
  if (timed_out) {
    std::fprintf(stderr,
                 "Threadhouse stopped the program: it was still running after %g %s (the --timeout). "
                 "Is there an endless loop?\n",
                 args.timeout_seconds, args.timeout_seconds == 1 ? "second" : "seconds");
  }
  // The trace of a run cut short is still written: it shows what the program was doing.
  // Node would still be running (a worker or a child listening for messages forever): say why
  // the run ends here. The exit code is the main process's so far (0).
  if (!run.StallReason().empty()) std::cerr << "threadhouse: " << run.StallReason() << "\n";
  if (trace && !WriteTrace(args, *trace)) return 1;
  return timed_out ? 1 : run.ExitCode();
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
      if (!ParseWholeNumber(value, args.seed)) return UsageError("--seed takes a whole number, not '" + value + "'");
    } else if (word == "--instruction-limit" && has_value) {
      const std::string& value = words[++i];
      if (!ParseWholeNumber(value, args.instruction_limit)) {
        return UsageError("--instruction-limit takes a whole number, not '" + value + "'");
      }
    } else if (word == "--timeout" && has_value) {
      const std::string& value = words[++i];
      if (!ParseSeconds(value, args.timeout_seconds)) {
        return UsageError("--timeout takes a number of seconds greater than 0, not '" + value + "'");
      }
    } else if (word == "--threads" && has_value) {
      const std::string& value = words[++i];
      if (value == "baton") {
        args.threads = th::runtime::AgentThreads::Baton;
      } else if (value == "cooperative") {
        args.threads = th::runtime::AgentThreads::Cooperative;
      } else if (value == "parallel") {
        args.threads = th::runtime::AgentThreads::Parallel;
      } else {
        return UsageError("--threads takes baton, cooperative or parallel, not '" + value + "'");
      }
    } else if (word == "--parallel") {
      args.threads = th::runtime::AgentThreads::Parallel;
    } else if (word == "--trace" && has_value) {
      args.trace_format = words[++i];
      if (args.trace_format != "text" && args.trace_format != "json" && args.trace_format != "chrome") {
        return UsageError("--trace takes text, json or chrome, not '" + args.trace_format + "'");
      }
    } else if (word == "--trace-out" && has_value) {
      args.trace_out = words[++i];
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
  if (!args.trace_out.empty() && args.trace_format.empty()) args.trace_format = "chrome";
  return Run(args);
}
