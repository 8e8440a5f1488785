#include "ui/view_model.h"

#include <algorithm>
#include <cstdio>

#include "trace/timeline_index.h"
#include "trace/trace.h"

namespace th::ui {

std::pair<std::size_t, std::size_t> ConsoleHighlight(const trace::State& state, const trace::Trace* trace) {
  const std::size_t count = state.console.size();
  if (state.step <= 0 || count == 0) return {count, count};
  // The step before the one shown at statement granularity: output after it is new.
  const std::int64_t since =
      trace ? static_cast<std::int64_t>(trace->PreviousStep(static_cast<std::size_t>(state.step),
                                                            trace::Granularity::Statement))
            : state.step - 1;
  std::size_t first = count;
  while (first > 0 && state.console[first - 1].step > since) --first;
  return {first, count};
}

std::vector<CurrentLine> CurrentLines(const trace::State& state) {
  std::vector<CurrentLine> lines;
  for (std::size_t a = 0; a < state.agents.size(); ++a) {
    const trace::AgentState& agent = state.agents[a];
    if (agent.stack.empty() || agent.status == trace::AgentStatus::Exited) continue;
    const trace::StackFrame& top = agent.stack.back();
    for (std::size_t f = 0; f < state.files.size(); ++f) {
      if (state.files[f].name != top.file) continue;
      lines.push_back({static_cast<int>(f), top.line, static_cast<int>(a), false});
      break;
    }
  }
  // With every stack empty nothing runs, and the last position is only history.
  if (lines.empty()) return lines;
  // The position of the agent that moved last is the most exact: it is the line running now.
  // A position on no stack is history (the function that reached it has returned or awaits);
  // then the first running frame is the current line.
  bool found = false;
  for (CurrentLine& line : lines) {
    if (!found && line.file == state.position.file && line.line == state.position.line) {
      line.innermost_of_last_mover = true;
      found = true;
    }
  }
  if (!found) lines.front().innermost_of_last_mover = true;
  return lines;
}

std::string AgentStatusText(const trace::AgentState& agent) {
  switch (agent.status) {
    case trace::AgentStatus::Running: return "running";
    case trace::AgentStatus::Busy: return "busy in work()";
    case trace::AgentStatus::Idle: return "idle";
    case trace::AgentStatus::Blocked: return "asleep in Atomics.wait";
    case trace::AgentStatus::Exited: return "exited (code " + std::to_string(agent.exit_code) + ")";
  }
  return "?";
}

std::vector<AgentRow> AgentRows(const trace::State& state, const trace::Trace* trace,
                                const trace::TimelineIndex* timeline) {
  std::size_t count = timeline ? timeline->Lanes().size() : 0;
  for (const trace::AgentState& agent : state.agents) count = std::max(count, static_cast<std::size_t>(agent.id) + 1);
  std::vector<AgentRow> rows(count);
  for (std::size_t i = 0; i < count; ++i) rows[i].agent = static_cast<int>(i);
  for (const trace::AgentState& agent : state.agents) {
    if (agent.id < 0) continue;
    AgentRow& row = rows[static_cast<std::size_t>(agent.id)];
    row.name = agent.name;
    row.state = &agent;
  }
  // Agents still to come: the name their spawn gives them (the event that opened their lane).
  for (AgentRow& row : rows) {
    if (!row.name.empty()) continue;
    row.name = row.agent == 0 ? "main" : "agent " + std::to_string(row.agent);
    if (!trace || !timeline || static_cast<std::size_t>(row.agent) >= timeline->Lanes().size()) continue;
    const trace::Lane& lane = timeline->Lanes()[static_cast<std::size_t>(row.agent)];
    if (lane.spans.empty() || lane.spans.front().begin_step == 0) continue;
    const std::size_t seq = lane.spans.front().begin_step - 1;
    if (seq >= trace->Size()) continue;
    const trace::Event& spawn = trace->At(seq);
    if (spawn.kind == trace::EventKind::AgentSpawn && spawn.a == static_cast<std::uint32_t>(row.agent)) {
      row.name = std::string(trace->String(spawn.b));
    }
  }
  return rows;
}

std::string FormatTime(double time_ms) {
  char text[48];
  if (time_ms == 0) {
    std::snprintf(text, sizeof text, "0 ms");
  } else if (time_ms < 1e-3) {
    std::snprintf(text, sizeof text, "%.0f ns", time_ms * 1e6);
  } else if (time_ms < 1.0) {
    std::snprintf(text, sizeof text, "%.4g \xc2\xb5s", time_ms * 1e3);
  } else if (time_ms < 1000.0) {
    std::snprintf(text, sizeof text, "%.6g ms", time_ms);
  } else {
    std::snprintf(text, sizeof text, "%.6g s", time_ms / 1000.0);
  }
  return text;
}

std::pair<double, double> TimerCountdown(double created_ms, double due_ms, double now_ms) {
  const double total = std::max(due_ms - created_ms, 1e-9);
  const double left = std::clamp(due_ms - now_ms, 0.0, total);
  return {1.0 - left / total, left};
}

}  // namespace th::ui
