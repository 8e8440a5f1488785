#include "trace/trace.h"

#include <algorithm>
#include <utility>

namespace th::trace {

namespace {

std::size_t NextIn(const std::vector<std::uint32_t>& steps, std::size_t step, std::size_t end) {
  const auto found = std::upper_bound(steps.begin(), steps.end(), step);
  return found == steps.end() ? end : *found;
}

std::size_t PreviousIn(const std::vector<std::uint32_t>& steps, std::size_t step) {
  const auto found = std::lower_bound(steps.begin(), steps.end(), step);
  return found == steps.begin() ? 0 : *(found - 1);
}

}  // namespace

Trace::Trace(std::vector<session::SourceFile> files, session::Profile profile)
    : m_files(std::move(files)), m_profile(profile) {
  Intern("");  // id 0 is the empty string, so a zero field reads as "no text"
}

std::uint32_t Trace::Intern(std::string_view text) {
  const auto found = m_string_ids.find(std::string(text));
  if (found != m_string_ids.end()) return found->second;
  const auto id = static_cast<std::uint32_t>(m_strings.size());
  m_strings.emplace_back(text);
  m_string_ids.emplace(m_strings.back(), id);
  return id;
}

std::size_t Trace::Append(const Event& event) {
  m_events.push_back(event);
  const auto step = static_cast<std::uint32_t>(m_events.size());
  if (event.kind == EventKind::Line) m_statement_steps.push_back(step);
  if (event.kind == EventKind::TaskRun) m_task_steps.push_back(step);
  return m_events.size() - 1;
}

std::size_t Trace::AppendConsole(std::uint16_t agent, std::int64_t time_ns, bool is_error, std::string text) {
  const std::size_t seq = m_events.size();
  m_console.push_back({is_error, std::move(text), static_cast<std::int64_t>(seq + 1)});
  return Append(MakeEvent(EventKind::Console, time_ns, static_cast<std::uint32_t>(m_console.size() - 1),
                         is_error ? 1 : 0, 0, 0, agent));
}

std::size_t Trace::NextStep(std::size_t step, Granularity granularity) const {
  switch (granularity) {
    case Granularity::Statement:
      return NextIn(m_statement_steps, step, Size());
    case Granularity::Task:
      return NextIn(m_task_steps, step, Size());
    case Granularity::Event:
      for (std::size_t next = step + 1; next <= Size(); ++next) {
        if (m_events[next - 1].kind != EventKind::Line) return next;
      }
      return Size();
  }
  return Size();
}

std::size_t Trace::PreviousStep(std::size_t step, Granularity granularity) const {
  step = std::min(step, Size());
  switch (granularity) {
    case Granularity::Statement:
      return PreviousIn(m_statement_steps, step);
    case Granularity::Task:
      return PreviousIn(m_task_steps, step);
    case Granularity::Event:
      for (std::size_t previous = step; previous-- > 1;) {
        if (m_events[previous - 1].kind != EventKind::Line) return previous;
      }
      return 0;
  }
  return 0;
}

std::size_t Trace::MemoryBytes() const {
  std::size_t bytes = m_events.size() * sizeof(Event);
  for (const std::string& text : m_strings) bytes += text.size() + sizeof(std::string);
  for (const session::ConsoleLine& line : m_console) bytes += line.text.size() + sizeof(line);
  bytes += (m_statement_steps.size() + m_task_steps.size()) * sizeof(std::uint32_t);
  return bytes;
}

}  // namespace th::trace
