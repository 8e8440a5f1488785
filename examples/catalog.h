#pragma once
// The built-in example programs: the seed's lessons and classic puzzles, embedded in the binary
// so the page needs no file system.

#include <string>
#include <vector>

#include "trace/run_input.h"

namespace th::examples {

struct Example {
  std::string id;           // stable name, used in URLs: ?example=boil_water
  std::string title;        // as the Examples menu shows it
  std::string description;  // one line: what it teaches
  std::string group;        // the Examples menu's section: "The seed's lessons", "Ordering puzzles", ...
  std::vector<trace::SourceFile> files;
};

// Every built-in example, in menu order. The first is the one the playground opens with.
const std::vector<Example>& BuiltinExamples();

// The example with this id, or nullptr.
const Example* FindExample(const std::string& id);

}  // namespace th::examples
