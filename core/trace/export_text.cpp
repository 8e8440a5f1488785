#include "trace/exporters.h"
#include "trace/trace.h"

namespace th::trace {

std::string ExportText(const Trace& trace) {
  std::string out;
  for (const ConsoleLine& line : trace.ConsoleLines()) {
    if (line.is_error) continue;
    out += line.text;
    out += '\n';
  }
  return out;
}

}  // namespace th::trace
