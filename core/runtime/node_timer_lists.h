#pragma once
// Node's timer bookkeeping (lib/internal/timers.js), which decides the order timers fire in:
// timers with the same duration share a list, in insertion order; lists wait in a priority
// queue ordered by (expiry, list id); a list whose first timer is not yet due gets a new
// expiry and a new id, which puts it behind lists of equal expiry. Reproducing this, rather
// than sorting timers by due time, is what makes every ordering match `node`.
//
// Times are whole milliseconds of the loop clock, as libuv keeps them.

#include <cstdint>
#include <deque>
#include <map>
#include <optional>
#include <set>
#include <tuple>
#include <unordered_map>

namespace th::runtime {

class NodeTimerLists {
 public:
  // Appends timer `id` to the list for `duration_ms`, started at `start_ms` (Node's insert()).
  void Insert(std::uint32_t id, std::int64_t duration_ms, std::int64_t start_ms);
  // Takes timer `id` out of its list, wherever it stands (clearTimeout, or before it runs).
  void Remove(std::uint32_t id);
  bool Contains(std::uint32_t id) const { return m_timers.count(id) != 0; }
  bool Empty() const { return m_timers.empty(); }

  // The earliest list expiry, if any timer is waiting.
  std::optional<std::int64_t> NextExpiry() const;

  // One decision of processTimers(now): the id of the next timer to run now, or nothing when
  // the timers phase is over. Lists found not yet due are re-queued on the way, as Node does.
  // The caller removes the timer (Remove) before running it.
  std::optional<std::uint32_t> NextDue(std::int64_t now_ms);

 private:
  struct Timer {
    std::int64_t duration_ms;
    std::int64_t start_ms;
  };
  struct List {
    std::int64_t expiry_ms;
    std::uint64_t id;
    std::deque<std::uint32_t> timers;
  };
  using QueueKey = std::tuple<std::int64_t, std::uint64_t, std::int64_t>;  // expiry, id, duration

  void Requeue(List& list, std::int64_t duration_ms, std::int64_t expiry_ms);

  std::unordered_map<std::uint32_t, Timer> m_timers;
  std::map<std::int64_t, List> m_lists;  // by duration
  std::set<QueueKey> m_queue;
  std::uint64_t m_next_list_id = 1;
};

}  // namespace th::runtime
