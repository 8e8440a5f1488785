#pragma once
// Small pure functions that decide what the panels show, kept apart from the drawing so the
// tests can check what a learner would see (which console lines are highlighted, which source
// lines are current, how an agent's status reads) without looking at pixels.

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "trace/state.h"

namespace th::trace {
class Trace;
class TimelineIndex;
}

namespace th::ui {

// The console lines [first, last) printed by what the last statement did: the output that
// appeared with the step being shown. Empty (first == last) when it printed nothing.
std::pair<std::size_t, std::size_t> ConsoleHighlight(const trace::State& state, const trace::Trace* trace);

// A source line some agent is on: what the Code panel highlights, one colour per agent.
struct CurrentLine {
  int file = 0;   // index into State::files
  int line = 0;   // 1-based
  int agent = 0;  // index into State::agents
  bool innermost_of_last_mover = false;  // the agent that moved last: the line being run now
};
std::vector<CurrentLine> CurrentLines(const trace::State& state);

// "running", "busy in work()", "idle", "exited (code 1)".
std::string AgentStatusText(const trace::AgentState& agent);

// One row of the Agents panel, level with the timeline's lane of the same agent: one per agent
// of the whole run, in agent id order (the timeline's lane order). An agent the step shown has
// not started yet has no state, only the name it will get.
struct AgentRow {
  int agent = 0;                               // the agent's id: its lane's index
  std::string name;                            // "main", "worker 1", "child 4243"
  const trace::AgentState* state = nullptr;  // null until the agent is spawned
};
std::vector<AgentRow> AgentRows(const trace::State& state, const trace::Trace* trace,
                                const trace::TimelineIndex* timeline);

// A virtual time for people: "0 ms", "240 ns", "3.5 µs", "1.0002 ms", "1.5 s".
std::string FormatTime(double time_ms);

// A pending timer's countdown: the fraction of its wait already over (0..1), and ms left.
std::pair<double, double> TimerCountdown(double created_ms, double due_ms, double now_ms);

}  // namespace th::ui
