#pragma once
// Turns a trace's events, one at a time, into the state the playground shows. Applying events
// [0, n) to a fresh reducer gives step n. The reducer is a plain value: copying it is how the
// seeker keeps checkpoints, so what it holds is kept small and cheap to copy: texts are views
// into the trace's string table, and queues drop their front in O(1) (ItemList), so a run with
// thousands of waiting microtasks costs the same per step as one with none.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "trace/state.h"
#include "trace/event.h"

namespace th::trace {

class Trace;

// A list of waiting items (a queue, the pending timers) in the order they joined it, where any
// item can leave by its id. Items mostly join with increasing ids, so the list is a few
// increasing runs and an item is found by binary search in each: removing one is O(log n)
// wherever it stands (it is only marked gone; the gone are dropped once they are half the
// list). A copy holds only the items still in the list.
template <typename Item>
class ItemList {
 public:
  ItemList() = default;
  ItemList(const ItemList& other) { other.CopyLiveInto(*this); }
  ItemList& operator=(const ItemList& other) {
    if (this != &other) other.CopyLiveInto(*this);
    return *this;
  }
  ItemList(ItemList&&) noexcept = default;
  ItemList& operator=(ItemList&&) noexcept = default;

  std::size_t size() const { return m_live; }
  bool empty() const { return m_live == 0; }
  // Bytes allocated beyond the list itself.
  std::size_t HeapBytes() const {
    return m_items.capacity() * sizeof(Item) + m_alive.capacity() + m_runs.capacity() * sizeof(std::size_t);
  }

  // Replaces `out` with the items, in order, each converted by `convert`.
  template <typename Out, typename Convert>
  void CopyTo(std::vector<Out>& out, Convert convert) const {
    out.clear();
    out.reserve(m_live);
    for (std::size_t i = m_head; i < m_items.size(); ++i) {
      if (m_alive[i]) out.push_back(convert(m_items[i]));
    }
  }

  void push_back(const Item& item) {
    const std::size_t gone = m_items.size() - m_live;
    if (gone >= 16 && gone * 2 >= m_items.size()) Compact();
    if (m_items.empty() || item.id <= m_items.back().id) m_runs.push_back(m_items.size());
    m_items.push_back(item);
    m_alive.push_back(1);
    ++m_live;
  }

  // Removes the item with `id`; returns a copy of it, valid until the next change (nullptr
  // when there is none).
  const Item* Remove(std::uint32_t id) {
    for (std::size_t run = 0; run < m_runs.size(); ++run) {
      const std::size_t begin = std::max(m_runs[run], m_head);
      const std::size_t end = run + 1 < m_runs.size() ? m_runs[run + 1] : m_items.size();
      if (begin >= end || id < m_items[begin].id || id > m_items[end - 1].id) continue;
      const auto first = m_items.begin() + static_cast<std::ptrdiff_t>(begin);
      const auto last = m_items.begin() + static_cast<std::ptrdiff_t>(end);
      const auto found = std::lower_bound(first, last, id, [](const Item& item, std::uint32_t wanted) { return item.id < wanted; });
      const auto index = static_cast<std::size_t>(found - m_items.begin());
      if (found == last || found->id != id || !m_alive[index]) continue;
      m_removed = *found;
      m_alive[index] = 0;
      --m_live;
      while (m_head < m_items.size() && !m_alive[m_head]) ++m_head;
      if (m_live == 0) Clear();
      return &m_removed;
    }
    return nullptr;
  }

 private:
  void Clear() {
    m_items.clear();
    m_alive.clear();
    m_runs.clear();
    m_head = 0;
  }

  void CopyLiveInto(ItemList& to) const {
    to.Clear();
    to.m_items.reserve(m_live);
    to.m_alive.reserve(m_live);
    to.m_live = 0;
    for (std::size_t i = m_head; i < m_items.size(); ++i) {
      if (m_alive[i]) to.push_back(m_items[i]);
    }
  }

  void Compact() {
    ItemList live;
    CopyLiveInto(live);
    m_items.swap(live.m_items);
    m_alive.swap(live.m_alive);
    m_runs.swap(live.m_runs);
    m_head = 0;
  }

  std::vector<Item> m_items;
  std::vector<std::uint8_t> m_alive;  // 0: removed
  std::vector<std::size_t> m_runs;    // where each run of increasing ids starts
  std::size_t m_head = 0;             // items before it are all removed
  std::size_t m_live = 0;
  Item m_removed{};
};

// A queue item as the reducer keeps it: string ids rather than views (12 bytes, not 40), so a
// checkpoint of thousands of waiting microtasks stays small. Fill turns them into
// QueueItems.
struct StoredQueueItem {
  std::uint32_t label = 0;   // string id
  std::uint32_t reason = 0;  // string id
  std::uint32_t id = 0;
};

// What a thread is running now, and why: the explanation of a step names it.
struct RunningCallback {
  enum class Kind : std::uint8_t { None, Script, Task, NextTick, Microtask };
  Kind kind = Kind::None;
  QueueItem item;     // the task or microtask taken from its queue (label, reason)
  std::uint32_t queue = 0;     // the task queue it came from
  // When the task is a timer's callback: how the timer was set.
  bool timer = false;
  bool repeating = false;
  int timer_line = 0;          // the line that called setTimeout / setInterval
  double timer_delay_ms = 0;   // the delay it asked for
};

// The reducer's own copy of one agent: AgentState with its lists in ItemLists, and
// what the explanation needs to know about where the agent's event loop is.
struct AgentModel {
  int id = 0;
  std::string name;
  int pid = 0;
  AgentStatus status = AgentStatus::Idle;
  int exit_code = 0;
  std::vector<StackFrame> stack;
  std::vector<ItemList<StoredQueueItem>> task_queues;  // in EmptyTaskQueues order
  ItemList<StoredQueueItem> next_ticks;
  ItemList<StoredQueueItem> microtasks;
  ItemList<PendingTimer> timers;
  ItemList<PendingIo> io;

  RunningCallback running;
  PendingTimer fired_timer;  // the last timer that came due (its task runs next)
  bool script_ended = false;          // the main script has finished
  bool task_since_script = false;     // a task has run since the script finished
};

class Reducer {
 public:
  explicit Reducer(const Trace& trace);

  // Applies the next event of the trace (the one at index Step()).
  void ApplyNext();

  std::size_t Step() const { return m_step; }
  std::size_t ConsoleCount() const { return m_console_count; }
  // The agent with `id` as the reducer keeps it; nullptr when there is none.
  const AgentModel* Agent(std::uint16_t id) const { return id < m_agents.size() ? &m_agents[id] : nullptr; }
  // How many items and frames the state holds: what copying it costs, roughly.
  std::size_t ItemCount() const;
  // Bytes this reducer holds (what a checkpoint costs in memory), approximately.
  std::size_t MemoryBytes() const;

  // Writes the state at Step() (agents, position, time, step) into `state`, reusing its
  // storage. The console view, step count and explanation are the seeker's to fill.
  void Fill(State& state) const;

 private:
  void Apply(const Event& event);
  AgentModel& AgentFor(std::uint16_t id);

  const Trace* m_trace;
  std::vector<std::string> m_queue_names;  // the task queues of the trace's profile
  std::vector<AgentModel> m_agents;
  SourcePosition m_position;
  double m_time_ms = 0;
  std::size_t m_step = 0;
  std::size_t m_console_count = 0;
};

}  // namespace th::trace
