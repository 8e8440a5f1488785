#pragma once
// The append-only log of one run: its events, the strings they refer to, and the console
// lines they printed. Everything the playground shows at any step is derived from it.

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "session/state.h"
#include "trace/event.h"

namespace th::trace {

// How far a step command moves (DESIGN.md §4, issue 4).
enum class Granularity {
  Statement,  // to the next line reached
  Event,      // to the next change a queue, a stack or the console shows (anything but a line)
  Task,       // to the next macrotask the event loop takes
};

class Trace {
 public:
  Trace(std::vector<session::SourceFile> files, session::Profile profile);

  // The id of `text` in the string table; the same text always gets the same id.
  std::uint32_t Intern(std::string_view text);
  // The text of a string id; empty for an id the table does not have.
  std::string_view String(std::uint32_t id) const {
    return id < m_strings.size() ? std::string_view(m_strings[id]) : std::string_view();
  }

  // Appends an event; returns its sequence number. Applying events [0, n) gives step n.
  std::size_t Append(const Event& event);
  // Appends a Console event together with the line it prints.
  std::size_t AppendConsole(std::uint16_t agent, std::int64_t time_ns, bool is_error, std::string text);

  std::size_t Size() const { return m_events.size(); }
  const Event& At(std::size_t seq) const { return m_events[seq]; }
  std::span<const Event> Events() const { return m_events; }
  std::span<const session::ConsoleLine> ConsoleLines() const { return m_console; }
  const std::vector<session::SourceFile>& Files() const { return m_files; }
  session::Profile Profile() const { return m_profile; }

  // The step after `step` (or before it) at which an event of the given granularity has just
  // been applied; Size() (or 0) when there is none.
  std::size_t NextStep(std::size_t step, Granularity granularity) const;
  std::size_t PreviousStep(std::size_t step, Granularity granularity) const;

  // Bytes the events, strings and console lines take: for the benchmark's bytes per event.
  std::size_t MemoryBytes() const;

 private:
  std::vector<session::SourceFile> m_files;
  session::Profile m_profile;
  std::vector<Event> m_events;
  std::vector<std::string> m_strings;
  std::unordered_map<std::string, std::uint32_t> m_string_ids;
  std::vector<session::ConsoleLine> m_console;
  // Steps right after a Line event and after a TaskRun event, ascending: step navigation
  // binary-searches them instead of scanning the log.
  std::vector<std::uint32_t> m_statement_steps;
  std::vector<std::uint32_t> m_task_steps;
};

}  // namespace th::trace
