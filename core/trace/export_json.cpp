#include <string>

#include "trace/exporters.h"
#include "trace/trace.h"

namespace th::trace {

namespace {

// A payload field: its text where the kind says it holds a string id, else its number.
void AppendField(std::string& out, const Trace& trace, const char* name, std::uint64_t value, bool is_string) {
  out += ",\"";
  out += name;
  out += "\":";
  if (is_string) {
    AppendJsonString(out, trace.String(static_cast<std::uint32_t>(value)));
  } else {
    out += std::to_string(value);
  }
}

}  // namespace

std::string ExportJsonLines(const Trace& trace) {
  std::string out;
  for (std::size_t seq = 0; seq < trace.Size(); ++seq) {
    const Event event = trace.At(seq);
    const unsigned strings = EventStringFields(event.kind);
    out += "{\"seq\":" + std::to_string(seq) + ",\"t_us\":" + std::to_string(event.time_ns / 1000) +
           ",\"agent\":" + std::to_string(event.agent) + ",\"kind\":\"";
    out += EventKindName(event.kind);
    out += '"';
    AppendField(out, trace, "a", event.a, (strings & 1u) != 0);
    AppendField(out, trace, "b", event.b, (strings & 2u) != 0);
    AppendField(out, trace, "c", event.c, (strings & 4u) != 0);
    AppendField(out, trace, "d", event.d, false);
    if (event.kind == EventKind::Console) {
      out += ",\"text\":";
      AppendJsonString(out, trace.ConsoleLines()[event.a].text);
    }
    out += "}\n";
  }
  return out;
}

}  // namespace th::trace
