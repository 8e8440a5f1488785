#pragma once
// The small runner the CLI, the session layer and the tests call until the runtime layer
// exists: compile, run the program, drain the promise jobs, and report as Node would.
#include <string>
#include <string_view>

#include "vm/vm.h"

namespace th {

struct ScriptOptions {
  VmOptions vm;  // seed, heap limit, GC stress, call depth, instruction limit
};

struct ScriptResult {
  std::string stdout_text;
  std::string stderr_text;  // console.warn/error, and errors in Node's format
  int exit_code = 0;        // 0, 1 for an uncaught error, 134 for the heap limit
};

ScriptResult RunScript(std::string_view source, const std::string& filename, const ScriptOptions& options = {});

}  // namespace th
