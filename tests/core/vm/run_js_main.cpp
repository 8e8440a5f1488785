// A development helper: runs one program through RunScript and prints what Node would.
//   th_run_js FILE.js [--gc-stress] [--limit N]
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "vm/script_runner.h"

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: th_run_js FILE.js [--gc-stress] [--limit N]\n");
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "cannot read %s\n", argv[1]);
    return 2;
  }
  std::stringstream buffer;
  buffer << in.rdbuf();
  th::ScriptOptions options;
  for (int i = 2; i < argc; ++i) {
    if (std::strcmp(argv[i], "--gc-stress") == 0) options.vm.gc_stress = true;
    if (std::strcmp(argv[i], "--limit") == 0 && i + 1 < argc) options.vm.instruction_limit = std::stoull(argv[++i]);
  }
  std::string name = argv[1];
  size_t slash = name.find_last_of('/');
  if (slash != std::string::npos) name = name.substr(slash + 1);
  th::ScriptResult result = th::RunScript(buffer.str(), name, options);
  std::cout << result.stdout_text;
  std::cerr << result.stderr_text;
  return result.exit_code;
}
