#pragma once
// Writing a trace out: what node would print, one JSON object per event, and the Chrome Trace
// Event format (opens in Perfetto and chrome://tracing).

#include <string>
#include <string_view>

namespace th::trace {

class Trace;

// The run's standard output, exactly as `node FILE` prints it.
std::string ExportText(const Trace& trace);

// One JSON object per line and event: {"seq":0,"t_us":0,"agent":0,"kind":"script_start",...}.
std::string ExportJsonLines(const Trace& trace);

// Chrome Trace Event format: a lane (thread) per agent, the main script and each macrotask a
// slice with its microtasks nested inside, console output as instant events, timestamps in
// virtual microseconds.
std::string ExportChromeTrace(const Trace& trace);

// Appends `text` to `out` as a JSON string literal, quotes included.
void AppendJsonString(std::string& out, std::string_view text);

}  // namespace th::trace
