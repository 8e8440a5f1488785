#pragma once
// What the Timeline panel draws, derived from a trace: per agent, what it did over virtual time
// (running JavaScript, busy in work(), idle), the tasks and microtasks it ran as labelled slices,
// and the messages between agents as arrows. Built incrementally: Update() reads only the events
// appended since the last call, so a long run that is still being computed costs nothing extra
// per frame (STYLE.md, Tracy row: the view reads a model it never copies).
//
// Every list is sorted by begin time and its items do not overlap, so a view finds the items of
// a visible time range by binary search (VisibleRange) instead of walking the whole run.

#include <cstddef>
#include <cstdint>
#include <span>
#include <unordered_map>
#include <utility>
#include <vector>

namespace th::trace {

class Trace;

// What an agent's thread is doing during a span of time.
enum class LaneActivity : std::uint8_t {
  Running,  // executing JavaScript
  Busy,     // inside work(ms): occupied, nothing else can run
  Idle,     // waiting for its event loop to have something to do
};

struct LaneSpan {
  std::int64_t begin_ns = 0;
  std::int64_t end_ns = 0;       // the last span of a live agent grows with the run
  std::uint32_t begin_step = 0;  // the step at which it began (what a click jumps to)
  LaneActivity activity = LaneActivity::Idle;
};

// One task (the main script, a timer callback, a message handler) or one microtask.
struct Slice {
  std::int64_t begin_ns = 0;
  std::int64_t end_ns = 0;
  std::uint32_t begin_step = 0;
  std::uint32_t label = 0;  // string id in the trace (what ran)
  bool open = false;        // still running at the end of what has been read
};

struct MessageArrow {
  std::uint16_t from_agent = 0;
  std::uint16_t to_agent = 0;
  std::int64_t send_ns = 0;
  std::int64_t receive_ns = 0;
  std::uint32_t send_step = 0;
  std::uint32_t receive_step = 0;
  std::uint32_t label = 0;  // string id: a preview of the message
  std::uint64_t id = 0;     // the run's message id (pairs the send with its receive)
};

struct Lane {
  std::uint16_t agent = 0;
  std::vector<LaneSpan> spans;    // contiguous from the agent's start to its exit (or now)
  std::vector<Slice> tasks;       // the script and every macrotask, in order
  std::vector<Slice> microtasks;  // nextTicks and promise jobs, in order
  bool exited = false;
};

class TimelineIndex {
 public:
  // Reads the events appended to `trace` since the last call. A different trace than last time
  // starts the index afresh.
  void Update(const Trace& trace);

  std::span<const Lane> Lanes() const { return m_lanes; }
  std::span<const MessageArrow> Arrows() const { return m_arrows; }
  // Virtual time of the last event read.
  std::int64_t EndNs() const { return m_end_ns; }
  std::size_t EventsRead() const { return m_read; }

  // The first step whose event happened at or after `time_ns` (for a click on empty space).
  static std::uint32_t StepAtTime(const Trace& trace, std::int64_t time_ns);

 private:
  struct AgentTrack {
    int depth = 0;  // frames on the stack, to know when the agent falls idle
    std::unordered_map<std::uint32_t, std::uint32_t> task_labels;       // item id -> label
    std::unordered_map<std::uint32_t, std::uint32_t> microtask_labels;  // item id -> label
  };

  Lane& LaneOf(std::uint16_t agent, std::int64_t time_ns, std::uint32_t step);
  void SetActivity(Lane& lane, LaneActivity activity, std::int64_t time_ns, std::uint32_t step);
  void Apply(const Trace& trace, std::size_t seq);

  const Trace* m_trace = nullptr;
  std::size_t m_read = 0;
  std::int64_t m_end_ns = 0;
  std::vector<Lane> m_lanes;         // by agent id
  std::vector<AgentTrack> m_tracks;  // by agent id
  std::vector<MessageArrow> m_arrows;
  std::vector<MessageArrow> m_in_flight;  // sent, not yet received
};

// The index range [first, last) of the items (LaneSpan or Slice) that overlap [begin_ns, end_ns].
template <typename Item>
std::pair<std::size_t, std::size_t> VisibleRange(std::span<const Item> items, std::int64_t begin_ns,
                                                 std::int64_t end_ns) {
  std::size_t low = 0, high = items.size();
  while (low < high) {  // the first item ending at or after begin_ns
    const std::size_t middle = (low + high) / 2;
    if (items[middle].end_ns < begin_ns) low = middle + 1; else high = middle;
  }
  const std::size_t first = low;
  high = items.size();
  while (low < high) {  // the first item beginning after end_ns
    const std::size_t middle = (low + high) / 2;
    if (items[middle].begin_ns <= end_ns) low = middle + 1; else high = middle;
  }
  return {first, low};
}

}  // namespace th::trace
