#include "agents/scheduler.h"

#include <algorithm>
#include <limits>

namespace th::agents {

Scheduler::Scheduler(const SchedulerOptions& options) : m_options(options), m_state(options.seed * 0x9E3779B97F4A7C15ULL + 1) {}

// xorshift64*: small, fast, and the same numbers everywhere.
std::uint64_t Scheduler::Random() {
  m_state ^= m_state >> 12;
  m_state ^= m_state << 25;
  m_state ^= m_state >> 27;
  return m_state * 0x2545F4914F6CDD1DULL;
}

std::optional<Slice> Scheduler::Next(std::span<const Candidate> candidates, std::uint64_t budget, bool shared_memory) {
  // The earliest ready time; ties broken by a seeded draw among the tied agents.
  std::optional<std::int64_t> earliest;
  std::size_t tied = 0;
  for (const Candidate& candidate : candidates) {
    if (!candidate.ready_ns) continue;
    if (!earliest || *candidate.ready_ns < *earliest) {
      earliest = candidate.ready_ns;
      tied = 1;
    } else if (*candidate.ready_ns == *earliest) {
      ++tied;
    }
  }
  if (!earliest) return std::nullopt;
  std::size_t pick = tied > 1 ? Random() % tied : 0;
  const Candidate* chosen = nullptr;
  for (const Candidate& candidate : candidates) {
    if (!candidate.ready_ns || *candidate.ready_ns != *earliest) continue;
    if (pick-- == 0) {
      chosen = &candidate;
      break;
    }
  }
  Slice slice;
  slice.agent = chosen->agent;
  slice.start_ns = *earliest;
  slice.budget = budget;
  slice.horizon_ns = std::numeric_limits<std::int64_t>::max();
  if (candidates.size() > 1) {
    // Anything another agent does reaches this one no sooner than the lookahead from now.
    slice.horizon_ns = *earliest + m_options.lookahead_ns;
    const auto window = static_cast<std::uint64_t>(static_cast<double>(m_options.lookahead_ns) / m_options.ns_per_instruction);
    slice.budget = std::min(slice.budget, std::max<std::uint64_t>(window, 1));
    const bool others_running = std::any_of(candidates.begin(), candidates.end(), [&](const Candidate& other) {
      return other.agent != chosen->agent && other.ready_ns && *other.ready_ns <= slice.horizon_ns;
    });
    if (shared_memory && others_running) slice.budget = std::min<std::uint64_t>(slice.budget, 1 + Random() % m_options.switch_interval);
  }
  return slice;
}

}  // namespace th::agents
