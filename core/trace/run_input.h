#pragma once
// What a run is made of: the learner's files and the host whose event loop is simulated. Every
// layer from the trace up takes these; the trace records them beside the events.

#include <string>

namespace th::trace {

// The host whose event loop is simulated.
enum class Profile {
  Node,     // Node.js: loop phases, process.nextTick, setImmediate
  Browser,  // a web page: one task queue, a microtask checkpoint after each task
};

struct SourceFile {
  std::string name;  // as the learner named it, e.g. "main.js"
  std::string text;

  bool operator==(const SourceFile&) const = default;
};

}  // namespace th::trace
