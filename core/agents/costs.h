#pragma once
// What crossing between agents costs in virtual time, the same in every build (DESIGN.md §2).
// Measured against Node 20 on a 2-core machine and rounded: a worker takes tens of
// milliseconds to start (a new isolate), a process longer (a new Node), and a message a few
// tens of microseconds from postMessage to its listener.
#include <cstddef>
#include <cstdint>

namespace th::agents {

inline constexpr std::int64_t kNsPerMs = 1'000'000;
// From new Worker() to its first line, and from fork() to the child's first line.
inline constexpr std::int64_t kWorkerStartNs = 25 * kNsPerMs;
inline constexpr std::int64_t kProcessStartNs = 40 * kNsPerMs;
// From postMessage / send to the moment the message can be taken by the receiver's loop; also
// how long a stop, an exit or a closed port takes to be noticed. It is also the scheduler's
// lookahead: no agent can affect another sooner than this.
inline constexpr std::int64_t kMessageLatencyNs = 50'000;
// How long a thread asleep in its event loop takes to wake up for a message (the operating
// system's wake-up): messages arriving meanwhile are taken together, as Node's loop takes them.
inline constexpr std::int64_t kWakeLatencyNs = 20'000;
// From an agent's last instruction to its parent's 'exit' event: a thread is torn down quickly;
// a process exits, and its parent hears of it through a signal.
inline constexpr std::int64_t kWorkerExitNs = 1 * kNsPerMs;
inline constexpr std::int64_t kProcessExitNs = 5 * kNsPerMs;

}  // namespace th::agents
